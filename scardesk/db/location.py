"""Where the database lives, and whether that place is safe for SQLite.

SQLite's locking is unreliable over network file systems and sync clients replace files
behind its back, so a clinic database there is refused with advice to use PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath

from platformdirs import user_data_dir

DATABASE_FILENAME = "clinic.sqlite3"
ENV_DATABASE_URL = "SCARDESK_DATABASE_URL"

_NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
        "fuse.rclone",
        "fuse.s3fs",
        "glusterfs",
        "ceph",
    }
)
_SYNC_FOLDER_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "icloud~",
    "mobile documents",
    "box sync",
    "pcloud",
)


def default_data_dir() -> Path:
    return Path(user_data_dir("ScarDesk", "ScarDesk"))


def resolve_database_url(database_url: str | None, data_dir: Path | None) -> str:
    """The command-line URL wins, then ``SCARDESK_DATABASE_URL``, then SQLite in the data folder."""
    if database_url:
        return database_url
    from_env = os.environ.get(ENV_DATABASE_URL)
    if from_env:
        return from_env
    folder = data_dir or default_data_dir()
    return f"sqlite:///{folder / DATABASE_FILENAME}"


def read_mounts() -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs of this machine; empty where /proc is absent."""
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2]))
    return mounts


def network_folder_reason(path: PurePath, mounts: Iterable[tuple[str, str]]) -> str | None:
    """Why ``path`` is unsafe for an SQLite database, or None when it looks local."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "it is on a network share"
    lowered = text.replace("\\", "/").lower()
    for marker in _SYNC_FOLDER_MARKERS:
        if f"/{marker}" in lowered:
            return "it is inside a cloud sync folder, which copies the file while it is in use"
    best: tuple[str, str] | None = None
    for mount_point, fs_type in mounts:
        prefix = mount_point.rstrip("/") + "/"
        if (text + "/").startswith(prefix) and (best is None or len(mount_point) > len(best[0])):
            best = (mount_point, fs_type)
    if best and best[1].lower() in _NETWORK_FILESYSTEMS:
        return f"it is on a network file system ({best[1]})"
    if sys.platform == "win32" and _is_windows_network_drive(text):
        return "it is on a network drive"
    return None


def _is_windows_network_drive(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = text[:3]
    if len(drive) < 2 or drive[1] != ":":
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]
