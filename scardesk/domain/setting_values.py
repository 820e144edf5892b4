"""Validated, immutable values for a catalogue of clinic settings, read as attributes.

The catalogue is declared by the modality specs (and, for the gate's general rules, by the
safety package), so a settings class has no field list of its own: a new modality's numbers
appear in the stored settings, their validation and the Admin screen without touching this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import ClassVar, Self

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.modalities.spec import Setting


def catalogue(settings: Iterable[Setting]) -> Mapping[str, Setting]:
    """Settings by key, in declaration order; two declarations of one key are a mistake."""
    by_key: dict[str, Setting] = {}
    for setting in settings:
        if setting.key in by_key:
            raise ValueError(f"the setting {setting.key!r} is declared twice")
        by_key[setting.key] = setting
    return MappingProxyType(by_key)


class SettingValues:
    """One value per setting of ``CATALOGUE``; absent keys take the default.

    Unknown keys are refused rather than ignored, so a misspelt setting cannot silently leave
    the default in force, and every wrong value is reported at once, by key.
    """

    __slots__ = ("_values",)
    CATALOGUE: ClassVar[Mapping[str, Setting]] = MappingProxyType({})
    STORED_AS: ClassVar[str] = "settings"  # the field a wrongly shaped document is reported on
    _values: Mapping[str, int]

    def __init__(self, **values: object) -> None:
        errors: dict[str, Message] = {}
        for key, value in values.items():
            setting = self.CATALOGUE.get(key)
            if setting is None:
                errors[key] = Message(
                    "setting.unknown", {"choices": ", ".join(sorted(self.CATALOGUE))}
                )
            elif (problem := setting.problem(value)) is not None:
                errors[key] = problem
        if errors:
            raise ValidationError(errors)
        chosen = {key: values.get(key, setting.default) for key, setting in self.CATALOGUE.items()}
        object.__setattr__(self, "_values", MappingProxyType(chosen))

    @classmethod
    def from_mapping(cls, stored: object) -> Self:
        """Values from a stored mapping of key to number."""
        if not isinstance(stored, Mapping):
            raise ValidationError({cls.STORED_AS: Message("setting.not_a_mapping")})
        return cls(**{str(key): value for key, value in stored.items()})

    def to_mapping(self) -> dict[str, int]:
        """Every value by key, ready to store as JSON."""
        return dict(self._values)

    def but(self, **changes: object) -> Self:
        """A copy with ``changes`` applied, validated like any other."""
        return type(self)(**{**self._values, **changes})

    def value(self, key: str) -> int:
        return self._values[key]

    def __getattr__(self, key: str) -> int:
        # Only reached when normal lookup fails: a setting's key, or a genuine mistake.
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no setting {key!r}") from None

    def __setattr__(self, key: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: build a new one")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SettingValues) or type(other) is not type(self):
            return NotImplemented
        return dict(self._values) == dict(other._values)

    def __hash__(self) -> int:
        return hash(tuple(self._values.items()))

    def __repr__(self) -> str:
        changed = ", ".join(
            f"{key}={value}"
            for key, value in self._values.items()
            if value != self.CATALOGUE[key].default
        )
        return f"{type(self).__name__}({changed})"
