"""The recall report as a spreadsheet: CSV for any program, XLSX for Excel and LibreOffice.

Both are written row batch by row batch into an open file, so 65,000 rows take no more memory
than 2,000. Every cell a person typed is written as text that no spreadsheet evaluates:

* XLSX (XlsxWriter, ``constant_memory``): names, phones and civil numbers are string cells,
  written with ``write_string`` — a cell starting with ``=`` stays text, a civil number keeps
  its leading zero and nothing shows an apostrophe. Dates are real dates, units numbers.
* CSV has no cell types, so a spreadsheet guesses: see :func:`spreadsheet_text` for the
  invisible mark that keeps phones, civil numbers and formula-looking names literal.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

import xlsxwriter

from scardesk.domain.products import RecallHeading, RecallRow
from scardesk.domain.text_hygiene import spreadsheet_text

HEADER = (
    "Session date (Muscat)",
    "Name",
    "الاسم",
    "Phone",
    "Civil number",
    "Units",
    "Practitioner",
    "Patient id",
    "Session id",
)
CONFIDENTIAL = (
    "Confidential: patients' contact details, for this recall only. "
    "Do not forward; delete when the recall is closed."
)


def printed_line(heading: RecallHeading) -> str:
    return f"Printed on {heading.printed_at:%d/%m/%Y %H:%M} by {heading.printed_by}"


class CsvRecallWriter:
    """UTF-8 with a byte-order mark, so Excel opens Arabic names correctly."""

    def __init__(self, stream: BinaryIO, heading: RecallHeading) -> None:
        self._text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
        self._csv = csv.writer(self._text, lineterminator="\r\n")
        self._csv.writerow(HEADER)

    def write(self, rows: Sequence[RecallRow]) -> None:
        text = spreadsheet_text
        self._csv.writerows(
            (
                row.performed_on.isoformat(),
                text(row.name_latin),
                text(row.name_arabic),
                text(row.phone_display),
                text(row.civil_number),
                f"{row.units:g}",
                text(row.practitioner),
                row.patient_id,
                row.session_id,
            )
            for row in rows
        )

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller owns the file


class XlsxRecallWriter:
    """One sheet: a header row (frozen), then one row per session; typed cells throughout."""

    WIDTHS = (14, 28, 28, 17, 14, 8, 22, 11, 11)

    def __init__(self, stream: BinaryIO, heading: RecallHeading) -> None:
        self._book = xlsxwriter.Workbook(
            stream,
            {
                "constant_memory": True,  # each row goes to disk once the next one starts
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "in_memory": False,
            },
        )
        self._book.set_properties(
            {
                "title": f"Recall report — lot {heading.lot_number}",
                "subject": heading.product_label,
                "author": heading.printed_by,
                "comments": f"{printed_line(heading)}. {CONFIDENTIAL}",
                "created": heading.printed_at.replace(tzinfo=None),
            }
        )
        self._sheet = self._book.add_worksheet("Recall")
        bold = self._book.add_format({"bold": True, "bottom": 1})
        self._day = self._book.add_format({"num_format": "dd/mm/yyyy"})
        self._arabic = self._book.add_format({"reading_order": 2, "align": "right"})
        for column, width in enumerate(self.WIDTHS):
            self._sheet.set_column(column, column, width)
        self._sheet.freeze_panes(1, 0)
        for column, title in enumerate(HEADER):
            self._sheet.write_string(0, column, title, bold)
        self._next = 1

    def write(self, rows: Sequence[RecallRow]) -> None:
        sheet, text, number, day = (
            self._sheet,
            self._sheet.write_string,
            self._sheet.write_number,
            self._day,
        )
        for line, row in enumerate(rows, start=self._next):
            on = row.performed_on
            sheet.write_datetime(line, 0, datetime(on.year, on.month, on.day), day)
            text(line, 1, row.name_latin)
            text(line, 2, row.name_arabic, self._arabic)
            text(line, 3, row.phone_display)
            text(line, 4, row.civil_number)
            number(line, 5, row.units)
            text(line, 6, row.practitioner)
            number(line, 7, row.patient_id)
            number(line, 8, row.session_id)
        self._next += len(rows)

    def close(self) -> None:
        self._book.close()
