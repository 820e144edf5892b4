"""The password policy, and the rough strength shown under every new-password field.

The policy follows NIST SP 800-63B rather than composition rules: length (at least 12), not a
commonly used password, and not built from the account's own names. Each refusal has its own
message saying what is expected, and a message never quotes the password.

The common list is the 10,000 most frequent passwords of zxcvbn's list (MIT, see
``resources/passwords/LICENCE``). People dress up a common word to pass length rules
("Password123!"), so a password is also looked up with the digits and symbols at its ends cut
off.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import cache

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.resources import resource_path

PASSWORD_MIN, PASSWORD_MAX = 12, 256
#: Parts of the user's names shorter than this are too common inside words to refuse.
NAME_PART_MIN = 3
_LEADING_DIGITS_AND_SYMBOLS = re.compile(r"^[\W\d_]+")
_NAME_PARTS = re.compile(r"[^\W_]+")

EXPECTED = (
    f"at least {PASSWORD_MIN} characters; a few unrelated words make a good one, "
    "e.g. 'olive lantern 47 harbour'"
)


class Strength(StrEnum):
    """How the meter describes a password being typed, weakest first."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    WEAK = "weak"
    GOOD = "good"
    STRONG = "strong"


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list, lower-cased (read once: about 10,000 short lines)."""
    text = resource_path("passwords", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def is_common(password: str) -> bool:
    """In the common list as typed (any case), or once digits and symbols at its end are cut
    off one by one, or those at its start: "Password123!", "!!qwerty2024" and "123456789012"
    (which starts with the listed "123456789") are all common."""
    listed = common_passwords()
    folded = password.casefold()
    candidates = {folded, folded.strip()}
    shorter = folded
    while shorter and not shorter[-1].isalpha():
        shorter = shorter[:-1]
        candidates.add(shorter)
    candidates.add(_LEADING_DIGITS_AND_SYMBOLS.sub("", shorter))
    return any(candidate in listed for candidate in candidates if candidate)


def own_name_in(password: str, username: str = "", display_name: str = "") -> bool:
    """Whether the password contains the user name, or a word of the display name, of at least
    NAME_PART_MIN characters (case-insensitive). 'Dr Salma Al-Harthy' gives salma and harthy."""
    folded = password.casefold()
    parts = set(_NAME_PARTS.findall(display_name.casefold()))
    if username.strip():
        parts.add(username.strip().casefold())
    return any(len(part) >= NAME_PART_MIN and part in folded for part in parts)


def password_problem(password: str, username: str = "", display_name: str = "") -> Message | None:
    """What is wrong with a new password and what is expected, or None when it is acceptable."""
    if any(0xD800 <= ord(ch) <= 0xDFFF or unicodedata.category(ch) == "Cc" for ch in password):
        return Message("password.broken_character")
    if len(password) < PASSWORD_MIN:
        return Message("password.too_short", {"n": len(password), "minimum": PASSWORD_MIN})
    if len(password) > PASSWORD_MAX:
        return Message("password.too_long", {"maximum": PASSWORD_MAX})
    if is_common(password):
        return Message("password.common", {"minimum": PASSWORD_MIN})
    if own_name_in(password, username, display_name):
        return Message("password.own_name")
    return None


def check_password(
    password: str, username: str = "", display_name: str = "", field: str = "password"
) -> str:
    """Return the password unchanged (never stripped) or raise ValidationError on ``field``."""
    problem = password_problem(password, username, display_name)
    if problem is not None:
        raise ValidationError({field: problem})
    return password


def estimate_strength(password: str, username: str = "", display_name: str = "") -> Strength:
    """A rough, cheap estimate for the meter, recomputed on every key press.

    Not an entropy calculation: anything the policy refuses is TOO_SHORT or COMMON; beyond that
    length counts most (each extra character multiplies a guesser's work more than a symbol
    does), with a small credit for mixing kinds of character (lower, upper, digits, other).
    """
    if len(password) < PASSWORD_MIN:
        return Strength.TOO_SHORT
    if is_common(password) or own_name_in(password, username, display_name):
        return Strength.COMMON
    kinds = (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    mixed = sum(any(kind(ch) for ch in password) for kind in kinds)
    distinct = len(set(password.casefold()))
    score = len(password) + 2 * (mixed - 1)
    if distinct < len(password) // 3:  # "aaaaaaaaaaaa1", "abcabcabcabc"
        return Strength.WEAK
    if score >= 22:
        return Strength.STRONG
    if score >= 15:
        return Strength.GOOD
    return Strength.WEAK
