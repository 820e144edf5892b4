"""Password hashing with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes, 4 lanes)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so that takes as long as a wrong
    password. Made on first need: hashing at import would add 0.1 s to every start."""
    return _HASHER.hash("scardesk-timing-equaliser")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        # surrogatepass: a broken character typed at sign-in is a wrong password, not a crash.
        secret = password.encode("utf-8", "surrogatepass")
        return _HASHER.verify(stored_hash or _dummy_hash(), secret) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
