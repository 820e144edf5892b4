"""The secret that keys the audit chain, kept outside the database it protects.

A plain hash chain only proves the rows agree with each other: whoever can edit the file can
recompute every hash. Each event therefore also carries an HMAC under a key the database never
holds. The key lives in the OS keyring when ``keyring`` has a real backend, otherwise in a file
readable by this user only (``audit-<chain id>.key`` in the audit folder). One key per chain,
so two clinic databases on one computer never share a key.

``SCARDESK_AUDIT_DIR`` moves the audit folder (tests, servers running several instances).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from platformdirs import user_config_dir

from scardesk.domain.errors import StorageRefusedError

ENV_AUDIT_DIR = "SCARDESK_AUDIT_DIR"
_KEYRING_SERVICE = "ScarDesk audit chain"
_KEY_BYTES = 32
_cache: dict[tuple[str, str], bytes] = {}


class AuditKeyMissingError(StorageRefusedError):
    """The chain has keyed events but this computer does not hold their key."""

    def __init__(self, chain_id: str) -> None:
        self.chain_id = chain_id
        super().__init__(
            "this computer does not hold the audit key of this clinic database, so it cannot "
            "save (that would break the audit trail). On a workstation that has it, run "
            "`scardesk audit-key export FILE`, then here `scardesk audit-key import FILE`."
        )


def audit_dir() -> Path:
    configured = os.environ.get(ENV_AUDIT_DIR)
    if configured:
        return Path(configured)
    return Path(user_config_dir("ScarDesk", "ScarDesk")) / "audit"


def key_file(chain_id: str) -> Path:
    return audit_dir() / f"audit-{chain_id}.key"


def _keyring() -> object | None:
    """The keyring module when it has a backend that really stores secrets, else None."""
    if os.environ.get(ENV_AUDIT_DIR):
        return None  # an explicit folder wins: tests must never touch the user's keyring
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
        from keyring.backends import fail  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "null" in type(backend).__module__.lower():
        return None
    return keyring


def load_key(chain_id: str, *, create: bool) -> bytes:
    """This chain's key; made (and stored) on first use when ``create``."""
    cache_key = (str(audit_dir()), chain_id)
    cached = _cache.get(cache_key)
    if cached is not None:
        return cached
    key = _read(chain_id)
    if key is None:
        if not create:
            raise AuditKeyMissingError(chain_id)
        key = _store(chain_id, secrets.token_bytes(_KEY_BYTES))
    _cache[cache_key] = key
    return key


def has_key(chain_id: str) -> bool:
    try:
        load_key(chain_id, create=False)
    except AuditKeyMissingError:
        return False
    return True


def _read(chain_id: str) -> bytes | None:
    # The file first: finding the keyring's backend loads every installed backend (a fifth of
    # a second, the biggest cost of ``scardesk aftercare -o``), and a key is only ever stored
    # in one place (``_store`` runs when neither holds it), so the order finds the same key.
    path = key_file(chain_id)
    if path.is_file():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    ring = _keyring()
    if ring is not None:
        stored = ring.get_password(_KEYRING_SERVICE, chain_id)  # type: ignore[attr-defined]
        if stored:
            return bytes.fromhex(stored)
    return None


def _store(chain_id: str, key: bytes) -> bytes:
    ring = _keyring()
    if ring is not None:
        ring.set_password(_KEYRING_SERVICE, chain_id, key.hex())  # type: ignore[attr-defined]
        return key
    path = key_file(chain_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole under a temporary name, then linked into place: a process killed halfway
    # leaves no empty key behind, and if another process made the key a moment ago, its key
    # wins (link refuses to replace it) and is used here too.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o600)
        try:
            os.link(temp, path)
        except FileExistsError:
            existing = _read(chain_id)
            assert existing is not None
            return existing
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return key


def fingerprint(key: bytes) -> str:
    """What the admin reads aloud or notes down: identifies the key, reveals nothing of it."""
    digest = hashlib.sha256(b"scardesk-audit-key:" + key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def keyed_hash(key: bytes, seq: int, prev_link: str, plain_hash: str) -> str:
    """HMAC-SHA256 over the sequence number, the previous link and the event's own hash.

    The plain hash already covers the event's content and the previous plain hash, so the keyed
    link binds content, position and the whole history before it.
    """
    message = f"{seq}|{prev_link}|{plain_hash}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


_EXPORT_HEADER = "ScarDesk audit key"


def export_key(chain_id: str, dest: Path) -> str:
    """Write this chain's key to a new file (this user only) for another workstation; the
    fingerprint it carries lets both computers show they hold the same key."""
    try:
        key = load_key(chain_id, create=False)
    except AuditKeyMissingError as error:
        raise StorageRefusedError(
            "this computer does not hold the audit key of this database, so it cannot export it"
        ) from error
    text = f"{_EXPORT_HEADER}\nchain {chain_id}\nkey {key.hex()}\nfingerprint {fingerprint(key)}\n"
    try:
        descriptor = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise StorageRefusedError(f"{dest} already exists; choose a new file name") from error
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
    return fingerprint(key)


def import_key(chain_id: str, source: Path) -> str:
    """Take the key a clinic's other workstation exported; refuse another database's key, or a
    key that differs from one this computer already holds (that would split the chain)."""
    try:
        lines = source.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise StorageRefusedError(f"{source} cannot be read as an exported audit key") from error
    fields = dict(line.split(" ", 1) for line in lines[1:] if " " in line)
    if not lines or lines[0] != _EXPORT_HEADER or not {"chain", "key"} <= fields.keys():
        raise StorageRefusedError(f"{source} is not an audit key exported by ScarDesk")
    if fields["chain"] != chain_id:
        raise StorageRefusedError(
            f"{source} holds the audit key of another clinic database; nothing was changed"
        )
    try:
        key = bytes.fromhex(fields["key"])
    except ValueError as error:
        raise StorageRefusedError(f"{source} holds a damaged key; nothing was changed") from error
    if len(key) != _KEY_BYTES:
        raise StorageRefusedError(f"{source} holds a damaged key; nothing was changed")
    existing = _read(chain_id)
    if existing is not None and existing != key:
        raise StorageRefusedError(
            "this computer already holds a different audit key for this database; nothing was "
            "changed (compare the fingerprints shown in Admin on both computers)"
        )
    if existing is None:
        _store(chain_id, key)
    _cache[(str(audit_dir()), chain_id)] = key
    return fingerprint(key)
