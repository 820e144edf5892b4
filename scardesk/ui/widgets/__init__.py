"""Reusable widgets shared by several screens."""

from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.field_row import ArabicFieldRow, FieldRow

__all__ = ["ArabicFieldRow", "ErrorLine", "FieldRow"]
