"""Spin boxes that show the digits the user chose to read and accept both kinds typed.

Qt writes a spin box's value with Western digits whatever the user chose; a user who reads
Arabic-Indic digits (٠–٩) everywhere else would see 0–9 only here. These boxes write their
value through :func:`scardesk.ui.labels.shown_digits` and fold what is typed or pasted with
:func:`scardesk.domain.numerals.western_digits` before Qt reads it, so "٤٫٥" is 4.5 in any
interface. Every number field of the app is one of these two (a test keeps it so).
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from scardesk.domain.numerals import western_digits
from scardesk.ui.labels import shown_digits


class NumberBox(QSpinBox):
    """A whole-number field in the user's digits."""

    def textFromValue(self, value: int) -> str:
        return shown_digits(super().textFromValue(value))

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(western_digits(text))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(western_digits(text), pos)[0]
        return state, text, pos


class DecimalBox(QDoubleSpinBox):
    """A decimal field in the user's digits (the decimal point stays ".": doses are charted so
    in both languages, and "٫" typed is read as one)."""

    def textFromValue(self, value: float) -> str:
        return shown_digits(super().textFromValue(value))

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(western_digits(text))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(western_digits(text), pos)[0]
        return state, text, pos
