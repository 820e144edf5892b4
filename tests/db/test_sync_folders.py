"""Sync folders, network shares and missing drives are refused for the SQLite file, by the
real path, every time. Platform-specific rules are tested through their detection functions
(plain values in, a reason out), the marker-file and symlink rules on real folders."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from scardesk.db.engine import open_database
from scardesk.db.location import network_folder_reason, unsafe_location_reason
from scardesk.db.sync_folders import (
    DRIVE_REMOTE,
    sync_folder_reason,
    unmounted_reason,
    windows_drive_reason,
)
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.message_catalogue import english

LOCAL = [("/", "ext4"), ("/home", "ext4"), ("/mnt/usb", "ext4")]


@pytest.mark.parametrize(
    "path",
    [
        "/home/reception/Dropbox/clinic.sqlite3",
        "/home/reception/Dropbox (Clinic LLC)/clinic.sqlite3",
        "/Users/dr/Library/CloudStorage/Dropbox-Personal/clinic.sqlite3",
        "/home/reception/OneDrive/clinic.sqlite3",
        "/home/reception/OneDrive - Muscat Skin Clinic LLC/ScarDesk/clinic.sqlite3",
        "/Users/dr/Library/CloudStorage/OneDrive-Personal/clinic.sqlite3",
        "/Users/dr/Google Drive/clinic.sqlite3",
        "/Users/dr/Library/CloudStorage/GoogleDrive-dr@example.com/My Drive/clinic.sqlite3",
        "/home/dr/GoogleDrive/clinic.sqlite3",
        "/Users/dr/Library/Mobile Documents/com~apple~CloudDocs/clinic.sqlite3",
        "/Users/dr/iCloud Drive/clinic.sqlite3",
        "/home/dr/Nextcloud/clinic.sqlite3",
        "/home/dr/ownCloud/ScarDesk/clinic.sqlite3",
        "/home/dr/Sync/clinic.sqlite3",
        "/home/dr/syncthing-clinic/clinic.sqlite3",
        "/Users/dr/Box/clinic.sqlite3",
        "/Users/dr/Box Sync/clinic.sqlite3",
        "/Users/dr/Library/CloudStorage/Box-Box/clinic.sqlite3",
        "/home/dr/pCloudDrive/clinic.sqlite3",
        "/Users/dr/Library/CloudStorage/SomeNewProvider/clinic.sqlite3",
    ],
)
def test_sync_clients_are_recognised_by_their_folder_names(path: str) -> None:
    assert sync_folder_reason(PurePosixPath(path)) is not None
    assert network_folder_reason(PurePosixPath(path), LOCAL) is not None


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\Reception\OneDrive - Clinic\clinic.sqlite3",
        r"C:\Users\Reception\Dropbox\clinic.sqlite3",
        r"C:\Users\Reception\iCloudDrive\clinic.sqlite3",
        r"G:\My Drive\clinic.sqlite3",
        r"C:\Users\Reception\Nextcloud\clinic.sqlite3",
        r"C:\Users\Reception\Box\clinic.sqlite3",
    ],
)
def test_windows_sync_folders_are_recognised(path: str) -> None:
    assert network_folder_reason(PureWindowsPath(path), []) is not None


@pytest.mark.parametrize(
    "path",
    [
        "/home/dr/ScarDesk/clinic.sqlite3",
        "/home/dr/boxes/clinic.sqlite3",
        "/home/dr/syncing-notes/clinic.sqlite3",
        "/mnt/usb/clinic.sqlite3",
        "/var/lib/scardesk/clinic.sqlite3",
    ],
)
def test_local_folders_are_accepted(path: str) -> None:
    assert network_folder_reason(PurePosixPath(path), LOCAL, ["/mnt/usb"]) is None


@pytest.mark.parametrize(
    ("path", "fs_type"),
    [
        ("/srv/share/clinic.sqlite3", "cifs"),
        ("/srv/share/clinic.sqlite3", "smb3"),
        ("/srv/share/clinic.sqlite3", "nfs"),
        ("/srv/share/clinic.sqlite3", "nfs4"),
        ("/srv/share/clinic.sqlite3", "fuse.sshfs"),
        ("/srv/share/clinic.sqlite3", "fuse.gvfsd-fuse"),
        ("/srv/share/clinic.sqlite3", "fuse.rclone"),
    ],
)
def test_network_file_systems_are_recognised_from_the_mount_table(path: str, fs_type: str) -> None:
    mounts = [("/", "ext4"), ("/srv/share", fs_type)]
    reason = network_folder_reason(PurePosixPath(path), mounts)
    assert reason is not None and fs_type in english(reason)


def test_the_deepest_mount_decides() -> None:
    mounts = [("/", "ext4"), ("/srv", "nfs4"), ("/srv/local", "ext4")]
    assert network_folder_reason(PurePosixPath("/srv/local/clinic.sqlite3"), mounts) is None
    assert network_folder_reason(PurePosixPath("/srv/other/clinic.sqlite3"), mounts) is not None


@pytest.mark.parametrize(
    "path",
    [
        "/run/user/1000/gvfs/smb-share:server=nas,share=clinic/clinic.sqlite3",
        "/home/dr/.gvfs/clinic on nas/clinic.sqlite3",
    ],
)
def test_desktop_mounted_shares_are_recognised_by_path(path: str) -> None:
    reason = network_folder_reason(PurePosixPath(path), [("/", "ext4")])
    assert reason is not None and "gvfs" in english(reason)


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\clinic\clinic.sqlite3",
        "//fileserver/clinic/clinic.sqlite3",
        r"\\?\UNC\fileserver\clinic\clinic.sqlite3",
        r"\\wsl$\Ubuntu\home\dr\clinic.sqlite3",
    ],
)
def test_windows_unc_paths_are_network_shares(path: str) -> None:
    assert windows_drive_reason(path, None) is not None


def test_a_mapped_network_drive_is_recognised_by_its_drive_type() -> None:
    types = {"Z:\\": DRIVE_REMOTE, "C:\\": 3}
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return types[root]

    assert windows_drive_reason(r"Z:\Clinic\clinic.sqlite3", drive_type) is not None
    assert windows_drive_reason(r"\\?\Z:\Clinic\clinic.sqlite3", drive_type) is not None
    assert windows_drive_reason(r"C:\Clinic\clinic.sqlite3", drive_type) is None
    assert windows_drive_reason(r"\\?\C:\Clinic\clinic.sqlite3", drive_type) is None
    assert asked == ["Z:\\", "Z:\\", "C:\\", "C:\\"]


@pytest.mark.parametrize(
    "path",
    [
        "/mnt/clinic/clinic.sqlite3",
        "/media/reception/USB-DISK/clinic.sqlite3",
        "/run/media/reception/USB-DISK/clinic.sqlite3",
    ],
)
def test_a_folder_for_a_drive_that_is_not_mounted_is_refused(path: str) -> None:
    # Only the root file system is mounted: the folder is the empty mount point itself.
    reason = unmounted_reason(PurePosixPath(path), [("/", "ext4")], [])
    assert reason is not None and "mount" in english(reason)


def test_a_mounted_drive_under_mnt_is_accepted() -> None:
    mounts = [("/", "ext4"), ("/media/reception/USB-DISK", "exfat")]
    path = PurePosixPath("/media/reception/USB-DISK/clinic.sqlite3")
    assert unmounted_reason(path, mounts, []) is None


def test_an_fstab_mount_point_that_is_not_mounted_is_refused() -> None:
    path = PurePosixPath("/srv/clinic-disk/clinic.sqlite3")
    reason = unmounted_reason(path, [("/", "ext4")], ["/srv/clinic-disk"])
    assert reason is not None and "/srv/clinic-disk" in english(reason)
    assert unmounted_reason(path, [("/", "ext4"), ("/srv/clinic-disk", "ext4")], []) is None


def test_without_a_mount_table_the_mount_rules_say_nothing() -> None:
    assert unmounted_reason(PurePosixPath("/Volumes/USB/clinic.sqlite3"), [], []) is None


@pytest.mark.parametrize(
    "marker",
    [".dropbox", ".stfolder", ".sync_3f2a9b1c.db", "._sync_77aa.db", ".owncloudsync.log"],
)
def test_a_sync_folder_is_recognised_by_its_clients_marker_file(
    tmp_path: Path, marker: str
) -> None:
    synced = tmp_path / "clinic-share"
    (synced / "ScarDesk").mkdir(parents=True)
    (synced / marker).write_text("")
    assert unsafe_location_reason(synced / "ScarDesk" / "clinic.sqlite3") is not None
    assert unsafe_location_reason(tmp_path / "elsewhere" / "clinic.sqlite3") is None


def test_a_symlink_into_a_sync_folder_is_refused_on_every_run(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "ScarDesk"
    synced.mkdir(parents=True)
    link = tmp_path / "clinic-data"
    link.symlink_to(synced, target_is_directory=True)
    for _run in range(2):
        with pytest.raises(StorageRefusedError, match="Dropbox"):
            open_database(f"sqlite:///{link / 'clinic.sqlite3'}")
    assert list(synced.iterdir()) == []


def test_a_relative_path_is_checked_where_it_really_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Nextcloud").mkdir()
    monkeypatch.chdir(tmp_path / "Nextcloud")
    for _run in range(2):
        with pytest.raises(StorageRefusedError, match="Nextcloud"):
            open_database("sqlite:///clinic.sqlite3")
    assert not (tmp_path / "Nextcloud" / "clinic.sqlite3").exists()
