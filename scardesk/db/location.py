"""Where the database lives, and whether that place is safe for SQLite.

SQLite's locking is unreliable over network file systems and sync clients replace files
behind its back, so a clinic database there is refused with advice to use PostgreSQL.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

from platformdirs import user_data_dir

from scardesk.db.sync_folders import (
    mount_reason,
    sync_folder_reason,
    sync_marker_reason,
    unmounted_reason,
    windows_drive_reason,
)
from scardesk.domain.messages import Message

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
        "lustre",
        "gpfs",
        "afpfs",
        "fuse.afpfs",
        "webdav",
        "fuse.gvfsd-fuse",
        "fuse.gvfs-fuse-daemon",
        "fuse.kio-fuse",
        "fuse.smbnetfs",
        "fuse.onedriver",
        "fuse.google-drive-ocamlfuse",
    }
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


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts and fstab write space, tab, newline and backslash as octal escapes.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _read_table(path: str) -> list[tuple[str, str]]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3 and not parts[0].startswith("#"):
            rows.append((_unescape_mount_field(parts[1]), parts[2]))
    return rows


def read_mounts() -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs mounted now; empty where /proc is absent."""
    return _read_table("/proc/mounts")


def read_fstab() -> list[str]:
    """Mount points /etc/fstab promises (swap and pseudo entries left out)."""
    return [point for point, kind in _read_table("/etc/fstab") if point.startswith("/")]


def network_folder_reason(
    path: PurePath,
    mounts: Iterable[tuple[str, str]],
    fstab: Iterable[str] = (),
    drive_type: Callable[[str], int] | None = None,
) -> Message | None:
    """Why ``path`` (already resolved) is unsafe for an SQLite database, or None.

    Pure, so every rule is testable on any platform: the caller passes the mount table, the
    fstab mount points and, on Windows, how to ask a drive's type.
    """
    mounts = list(mounts)
    return (
        windows_drive_reason(str(path), drive_type)
        or sync_folder_reason(path)
        or mount_reason(path, mounts, _NETWORK_FILESYSTEMS)
        or unmounted_reason(path, mounts, fstab)
    )


def unsafe_location_reason(path: Path) -> Message | None:
    """``network_folder_reason`` on this machine, plus the sync clients' marker files."""
    drive_type = _windows_drive_type if sys.platform == "win32" else None
    mounts = read_mounts()
    return network_folder_reason(path, mounts, read_fstab(), drive_type) or sync_marker_reason(path)


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
