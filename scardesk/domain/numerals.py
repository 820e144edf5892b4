"""Numbers inside text that may be Arabic: which digits they are written with, and keeping
them left to right.

Display follows the user's choice of Western (0–9) or Arabic-Indic (٠–٩) digits; input accepts
both always (an Arabic keyboard layout types Arabic-Indic digits), so every parser folds them
first with :func:`western_digits`. A number, phone, civil number, dose or unit inside Arabic
text is wrapped in a left-to-right isolate, or the bidirectional algorithm reverses its groups
("+968 2412 3456" would read "3456 2412 968+").
"""

from __future__ import annotations

import re

from scardesk.domain.search_text import fold_digits

LRI, PDI = "\u2066", "\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
LRM = "\u200e"  # LEFT-TO-RIGHT MARK

# Separators (spaces, dashes…) between two Arabic-Indic digits. Those digits are "Arabic
# numbers" to the bidirectional algorithm, which count as right to left for what lies between
# them, even inside a left-to-right isolate: "+٩٦٨ ٩١٢٣ ٤٥٦٧" showed its groups in reverse
# ("+٤٥٦٧ ٩١٢٣ ٩٦٨"). A left-to-right mark after the separator keeps the groups in order.
# One "common separator" between two digits (the / and : of dates and times, a decimal
# point) joins them into one number already, and is left alone. Western and Eastern
# Arabic-Indic digits are "European numbers": a left-to-right isolate is enough for them.
_ARABIC_INDIC = "\u0660-\u0669\u066b\u066c"
_BETWEEN_ARABIC_INDIC = re.compile(
    rf"(?<=[{_ARABIC_INDIC}])(?![/:.,\u066b\u066c][{_ARABIC_INDIC}])([^\w]+)(?=[{_ARABIC_INDIC}])"
)

_TO_ARABIC_INDIC = {ord("0") + n: chr(0x0660 + n) for n in range(10)}
# The Arabic decimal separator and thousands separator, as an Arabic keyboard types them.
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})


def western_digits(text: str) -> str:
    """Arabic-Indic and Eastern Arabic-Indic digits as 0–9, and the Arabic decimal and thousands
    separators (٫ ٬) as ``.`` and ``,``; everything else unchanged."""
    return fold_digits(text).translate(_SEPARATORS)


def arabic_indic_digits(text: str) -> str:
    """0–9 as Arabic-Indic digits (٠–٩); everything else unchanged."""
    return text.translate(_TO_ARABIC_INDIC)


def ltr_isolate(text: str) -> str:
    """``text`` as one left-to-right run that the text around it cannot reorder (empty stays
    empty, so a blank field adds no invisible characters)."""
    if not text:
        return text
    return f"{LRI}{_BETWEEN_ARABIC_INDIC.sub(lambda found: found[1] + LRM, text)}{PDI}"
