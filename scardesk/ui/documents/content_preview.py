"""The live preview beside the Document text editor: the markup read as the patient will.

The source pane shows the file as written, left to right, so ``- [key=spf spf=30]`` reads in
order even before Arabic text; this turns the same text into rich text for a right-to-left
(Arabic) or left-to-right pane: the title, each heading, each item without its ``[...]``
attributes. It is a reading aid, not the printer: "Validate and preview" still checks the file
with the printer's own parser and shows the real sheet. Everything from the file is escaped, so
an item reading ``<b>`` shows as ``<b>``.
"""

from __future__ import annotations

import re
from html import escape

from scardesk.ui.labels import isolated

_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*")
#: Isolate each line's text: an English heading in an Arabic pane keeps its own order.


def preview_html(text: str, *, right_to_left: bool) -> str:
    lines = text.splitlines()
    title, body = _front_matter(lines)
    direction = "rtl" if right_to_left else "ltr"
    align = "right" if right_to_left else "left"
    parts = [f'<div dir="{direction}" align="{align}">']
    if title:
        parts.append(f"<h2>{_isolated(title)}</h2>")
    items: list[str] = []

    def close_list() -> None:
        if items:
            parts.append("<ul>" + "".join(f"<li>{_isolated(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in body:
        if line.startswith("#"):
            close_list()
            parts.append(f"<h3>{_isolated(line.lstrip('#').strip())}</h3>")
        elif line.startswith("- "):
            items.append(_ATTRIBUTES.sub("", line[2:].strip()))
        elif line.startswith("  ") and items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"  # a continuation of the item above
        elif line.strip():
            close_list()
            parts.append(f"<p>{_isolated(line.strip())}</p>")
    close_list()
    parts.append("</div>")
    return "\n".join(parts)


def _front_matter(lines: list[str]) -> tuple[str, list[str]]:
    """The ``title:`` of the ``---`` block, and the lines after it."""
    if not lines or lines[0].strip() != "---":
        return "", lines
    title = ""
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return title, lines[index + 1 :]
        key, _, value = line.partition(":")
        if key.strip() == "title":
            title = value.strip()
    return title, []  # not closed yet: the admin is still typing it


def _isolated(text: str) -> str:
    return isolated(escape(text))
