"""The reminders list as an Excel workbook for an SMS service: phone, name, message.

Written the way the recall workbook is (``recall_sheets``): every cell a string cell through
``write_string``, with formulas, numbers and links never guessed from text, so a phone such as
``+96891234567`` keeps its plus sign and no digits are lost to a number format, and a name
starting with ``=`` stays a name. The CSV form is ``domain.reminders.sms_csv``; both share the
same three columns so the SMS service reads either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

import xlsxwriter

SMS_HEADER = ("phone", "name", "message")
_WIDTHS = (17, 28, 90)


def write_sms_xlsx(stream: BinaryIO, rows: Iterable[tuple[str, str, str]]) -> int:
    """Write (phone, name, message) rows under a header row; the number of rows written."""
    book = xlsxwriter.Workbook(
        stream,
        {
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "in_memory": True,  # a day's reminders are a few hundred rows at most
        },
    )
    sheet = book.add_worksheet("Reminders")
    bold = book.add_format({"bold": True, "bottom": 1})
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    for column, width in enumerate(_WIDTHS):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    for column, title in enumerate(SMS_HEADER):
        sheet.write_string(0, column, title, bold)
    count = 0
    for line, (phone, name, message) in enumerate(rows, start=1):
        sheet.write_string(line, 0, phone)
        sheet.write_string(line, 1, name)
        sheet.write_string(line, 2, message, wrapped)
        count += 1
    book.close()
    return count
