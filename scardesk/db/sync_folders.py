"""Recognising places an SQLite file must not live: sync folders, network shares, drives
that are not mounted.

Each detector takes plain values (a path, a mount table, a drive-type lookup) so it can be
tested on any platform; ``location.unsafe_location_reason`` feeds them this machine's data.
Paths are expected to be resolved already (symlinks followed), which is what makes a link
into Dropbox as unsafe as Dropbox itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from pathlib import Path, PurePath

_SYNC = "it is inside a {} folder, which copies the file while it is in use"
_NETWORK = "it is on a network share"

#: (what to call it, path-segment prefixes that mark it), compared case-insensitively.
_SYNC_SEGMENT_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Dropbox", ("dropbox",)),
    ("OneDrive", ("onedrive",)),  # "OneDrive", "OneDrive - Clinic LLC", "OneDrive-Personal"
    ("Google Drive", ("google drive", "googledrive", "my drive", "shared drives")),
    ("iCloud Drive", ("icloud drive", "iclouddrive", "icloud~", "com~apple~clouddocs")),
    ("Nextcloud", ("nextcloud",)),
    ("ownCloud", ("owncloud",)),
    ("Syncthing", ("syncthing",)),
    ("Box", ("box sync", "box drive", "box-box")),
    ("pCloud", ("pcloud",)),
)
#: Segments that mark a sync folder only when they are the whole name.
_SYNC_SEGMENT_EXACT: dict[str, str] = {
    "box": "Box",
    "sync": "Syncthing or Sync.com",  # both clients' default folder name
    "mobile documents": "iCloud Drive",
}
#: Files a sync client keeps at the top of the folder it syncs.
_MARKER_FILES: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".owncloudsync.log", "ownCloud"),
    (".nextcloudsync.log", "Nextcloud"),
    (".sync", "Resilio Sync"),
    (".tmp.drivedownload", "Google Drive"),
)
#: Nextcloud and ownCloud clients keep a journal named ``.sync_<hash>.db`` (older: ``._sync_``).
_MARKER_PREFIXES = ((".sync_", ".db", "Nextcloud or ownCloud"), ("._sync_", ".db", "ownCloud"))
#: Where removable and network drives are mounted; a folder there on the root file system
#: is a mount point whose drive is missing.
_MOUNT_ROOTS = ("/mnt", "/media", "/run/media", "/Volumes")
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def _segments(path: PurePath) -> list[str]:
    return [part.lower() for part in str(path).replace("\\", "/").split("/") if part]


def sync_folder_reason(path: PurePath) -> str | None:
    """A cloud or peer-to-peer sync folder recognised by its folder name."""
    segments = _segments(path)
    for index, segment in enumerate(segments):
        if segment in _SYNC_SEGMENT_EXACT:
            return _SYNC.format(_SYNC_SEGMENT_EXACT[segment])
        for name, prefixes in _SYNC_SEGMENT_PREFIXES:
            if segment.startswith(prefixes):
                return _SYNC.format(name)
        # macOS puts every File Provider client (Dropbox, OneDrive, Box, Drive…) here.
        if segment == "cloudstorage" and index > 0 and segments[index - 1] == "library":
            return _SYNC.format("cloud storage")
    if "gvfs" in segments or ".gvfs" in segments:
        return "it is on a desktop-mounted network share (gvfs)"
    return None


def sync_marker_reason(path: Path) -> str | None:
    """A sync folder recognised by the marker its client keeps in the folder's top level."""
    for folder in path.parents:
        try:
            if not folder.is_dir():
                continue
            for marker, name in _MARKER_FILES:
                if (folder / marker).exists():
                    return _SYNC.format(name)
            for entry in folder.iterdir():
                for prefix, suffix, name in _MARKER_PREFIXES:
                    if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                        return _SYNC.format(name)
        except OSError:
            continue  # an unreadable folder says nothing either way
    return None


def _best_mount(text: str, mounts: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    best: tuple[str, str] | None = None
    for mount_point, fs_type in mounts:
        prefix = mount_point.rstrip("/") + "/"
        if (text + "/").startswith(prefix) and (best is None or len(mount_point) > len(best[0])):
            best = (mount_point, fs_type)
    return best


def mount_reason(
    path: PurePath, mounts: Iterable[tuple[str, str]], network_types: Collection[str]
) -> str | None:
    """The path's own mount (the deepest one holding it) is a network file system."""
    best = _best_mount(str(path), mounts)
    if best and best[1].lower() in network_types:
        return f"it is on a network file system ({best[1]})"
    return None


def unmounted_reason(
    path: PurePath, mounts: Iterable[tuple[str, str]], fstab: Iterable[str]
) -> str | None:
    """The path is under a mount point whose drive is not mounted now.

    Either /etc/fstab promises a mount above the path that is not in the mount table, or the
    path is under /mnt, /media, /run/media or /Volumes but sits on the file system of the
    folder above (usually the root): the share or USB drive is missing, and a database
    created now would be a stranger to the one on the drive.
    """
    mounts = list(mounts)
    if not mounts:
        return None  # no mount table (not Linux): nothing to compare with
    text = str(path)
    mounted = {point.rstrip("/") or "/" for point, _ in mounts}
    for point in fstab:
        point = point.rstrip("/") or "/"
        if point != "/" and (text + "/").startswith(point + "/") and point not in mounted:
            return f"{point} is listed as a drive to mount but nothing is mounted there"
    best = _best_mount(text, mounts)
    best_point = best[0].rstrip("/") if best else ""
    for root in _MOUNT_ROOTS:
        if text.startswith(root + "/") and not best_point.startswith(root + "/"):
            child = root + "/" + text[len(root) + 1 :].split("/")[0]
            return (
                f"{child} is a place for a mounted drive, but no drive is mounted there; "
                "mount it first"
            )
    return None


def windows_drive_reason(text: str, drive_type: Callable[[str], int] | None) -> str | None:
    """A UNC path (``\\\\server\\share``, ``\\\\?\\UNC\\…``) or a mapped network drive."""
    slashed = text.replace("\\", "/")
    if slashed.startswith("//?/"):  # the long-path prefix: a drive or a UNC path after it
        rest = slashed[4:]
        if rest.lower().startswith("unc/"):
            return _NETWORK
        slashed = rest
    elif slashed.startswith("//"):
        return _NETWORK
    is_drive = len(slashed) >= 2 and slashed[1] == ":"
    if drive_type is not None and is_drive and drive_type(slashed[:2] + "\\") == DRIVE_REMOTE:
        return "it is on a mapped network drive"
    return None
