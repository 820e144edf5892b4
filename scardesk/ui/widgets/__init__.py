"""Reusable widgets shared by several screens."""

from scardesk.ui.widgets.field_row import ArabicFieldRow, FieldRow

__all__ = ["ArabicFieldRow", "FieldRow"]
