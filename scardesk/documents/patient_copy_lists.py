"""The patient's copy, continued: the sections printed as ruled tables (appointments, photos,
plans, issued documents) and the helpers every table of the copy shares."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from scardesk.documents.layout import BidiParagraph, ar, bilingual_table, en
from scardesk.documents.patient_copy_sessions import day_text, when_text
from scardesk.documents.patient_copy_text import DOCUMENT_KINDS, LABELS
from scardesk.documents.summary import grid

Item = Mapping[str, Any]
MUTED = en(9.5, color=colors.HexColor("#5b6770"))


def unreadable_text(item: Item) -> str:
    part = f", part {item['part']}" if item.get("part") else ""
    return f"Cannot be read: {item['table']} #{item['id']}{part}"


def voided_text(item: Item, key: str = "voided_at", reason: str = "void_reason") -> str:
    if not item.get(key):
        return ""
    why = f": {item[reason]}" if item.get(reason) else ""
    return f"VOIDED {day_text(item[key])}{why}"


def table(
    items: Sequence[Item],
    header: list[str],
    widths: list[float],
    row: Callable[[Item], list[str]],
) -> list[Flowable]:
    """A ruled table, one row per item; a record that cannot be read keeps its row."""
    if not items:
        return [none_recorded()]
    rows = []
    for item in items:
        if item.get("unreadable"):
            rows.append(
                [day_text(item.get("date")), unreadable_text(item)] + [""] * (len(header) - 2)
            )
        else:
            rows.append(row(item))
    return [grid(header, rows, widths)]


def none_recorded() -> Flowable:
    en_text, ar_text = LABELS["none"]
    return bilingual_table([(BidiParagraph(en_text, MUTED), BidiParagraph(ar_text, ar(12)))])


class ListSections:
    """The table sections; the copy supplies the record and the modality names."""

    record: Item

    def modality(self, value: str) -> str:
        raise NotImplementedError

    def appointments(self) -> list[Flowable]:
        def row(a: Item) -> list[str]:
            planned = ", ".join(self.modality(m) for m in a["planned_modalities"])
            if a.get("is_toxin_review"):
                planned = ", ".join(x for x in (planned, "toxin review") if x)
            status = a["status"].replace("_", " ")
            if a.get("cancel_reason"):
                status += f": {a['cancel_reason']}"
            when = f"{when_text(a['starts_at'])}\n{a['duration_minutes']} min"
            return [when, a["practitioner"], planned or "-", status, a.get("notes") or ""]

        return table(
            self.record["appointments"],
            ["Time", "With", "Planned", "Status", "Notes"],
            [0.16, 0.18, 0.24, 0.2, 0.22],
            row,
        )

    def photos(self) -> list[Flowable]:
        def row(p: Item) -> list[str]:
            links = ", ".join(
                x
                for x in (
                    f"assessment #{p['assessment_id']}" if p.get("assessment_id") else "",
                    f"session #{p['session_id']}" if p.get("session_id") else "",
                )
                if x
            )
            status = voided_text(p).replace(" ", "\n", 1) or "current"
            view = p["view"].replace("_", " ")
            size = f"{p['width']} x {p['height']}"
            return [when_text(p["taken_at"]), p["file"], f"{view}, {size}", links or "-", status]

        return table(
            self.record["photos"],
            ["Taken", "File in this copy", "View, pixels", "Linked to", "Status"],
            [0.14, 0.38, 0.16, 0.13, 0.19],
            row,
        )

    def plans(self) -> list[Flowable]:
        def row(p: Item) -> list[str]:
            items = "\n".join(
                f"{self.modality(i['modality'])}: {i['sessions_planned']} sessions, "
                f"every {i['interval_days']} days" + (f" ({i['notes']})" if i.get("notes") else "")
                for i in p["items"]
            )
            status = p["status"] + (f": {p['stop_reason']}" if p.get("stop_reason") else "")
            goals = p.get("goals") or "-"
            started = f"started {p['started_on']}" if p.get("started_on") else ""
            when = "\n".join(x for x in (when_text(p["created_at"]), p["created_by"], started) if x)
            return [when, goals, items, status]

        return table(
            self.record["plans"],
            ["Created", "Goals", "Planned", "Status"],
            [0.2, 0.3, 0.35, 0.15],
            row,
        )

    def documents(self) -> list[Flowable]:
        def row(d: Item) -> list[str]:
            kind = str(DOCUMENT_KINDS.get(d["kind"], d["kind"]))
            if d.get("modality"):
                kind += f": {self.modality(d['modality'])}"
            return [when_text(d["issued_at"]), d["file"], kind, d["issued_by"], str(d["pages"])]

        return table(
            self.record["documents"],
            ["Issued", "File in this copy", "Document", "Issued by", "Pages"],
            [0.16, 0.4, 0.2, 0.16, 0.08],
            row,
        )
