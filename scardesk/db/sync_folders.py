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

from scardesk.domain.messages import Message

_NETWORK = Message("location.network_share")


def _sync(name: str | Message) -> Message:
    """Each reason is a message: it ends up in a refusal the start-up window shows translated."""
    return Message("location.sync_folder", {"name": name})


def _either(first: str, second: str) -> Message:
    return Message("location.either", {"first": first, "second": second})


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
    "sync": "Syncthing|Sync.com",  # both clients' default folder name
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
_MARKER_PREFIXES = ((".sync_", ".db", "Nextcloud|ownCloud"), ("._sync_", ".db", "ownCloud"))
#: Where removable and network drives are mounted; a folder there on the root file system
#: is a mount point whose drive is missing.
_MOUNT_ROOTS = ("/mnt", "/media", "/run/media", "/Volumes")
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def _segments(path: PurePath) -> list[str]:
    return [part.lower() for part in str(path).replace("\\", "/").split("/") if part]


def _named(name: str) -> str | Message:
    """``"A|B"`` (either client) as "A or B" in the reader's language."""
    first, bar, second = name.partition("|")
    return _either(first, second) if bar else name


def sync_folder_reason(path: PurePath) -> Message | None:
    """A cloud or peer-to-peer sync folder recognised by its folder name."""
    segments = _segments(path)
    for index, segment in enumerate(segments):
        if segment in _SYNC_SEGMENT_EXACT:
            return _sync(_named(_SYNC_SEGMENT_EXACT[segment]))
        for name, prefixes in _SYNC_SEGMENT_PREFIXES:
            if segment.startswith(prefixes):
                return _sync(name)
        # macOS puts every File Provider client (Dropbox, OneDrive, Box, Drive…) here.
        if segment == "cloudstorage" and index > 0 and segments[index - 1] == "library":
            return _sync(Message("location.cloud_storage"))
    if "gvfs" in segments or ".gvfs" in segments:
        return Message("location.gvfs", {"name": "gvfs"})
    return None


def sync_marker_reason(path: Path) -> Message | None:
    """A sync folder recognised by the marker its client keeps in the folder's top level."""
    for folder in path.parents:
        try:
            if not folder.is_dir():
                continue
            for marker, name in _MARKER_FILES:
                if (folder / marker).exists():
                    return _sync(name)
            for entry in folder.iterdir():
                for prefix, suffix, name in _MARKER_PREFIXES:
                    if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                        return _sync(_named(name))
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
) -> Message | None:
    """The path's own mount (the deepest one holding it) is a network file system."""
    best = _best_mount(str(path), mounts)
    if best and best[1].lower() in network_types:
        return Message("location.network_file_system", {"kind": best[1]})
    return None


def unmounted_reason(
    path: PurePath, mounts: Iterable[tuple[str, str]], fstab: Iterable[str]
) -> Message | None:
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
            return Message("location.fstab_not_mounted", {"path": point})
    best = _best_mount(text, mounts)
    best_point = best[0].rstrip("/") if best else ""
    for root in _MOUNT_ROOTS:
        if text.startswith(root + "/") and not best_point.startswith(root + "/"):
            child = root + "/" + text[len(root) + 1 :].split("/")[0]
            return Message("location.drive_not_mounted", {"path": child})
    return None


def windows_drive_reason(text: str, drive_type: Callable[[str], int] | None) -> Message | None:
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
        return Message("location.mapped_drive")
    return None
