"""Clinic-editable document text: plain files, one per kind, modality and language.

The wording of aftercare sheets and consent forms is the clinic's, not the programmer's, so it
lives in small text files an administrator can edit. Bundled files sit in
``resources/content/``; a clinic's own copy of any file, in the same relative place under its
data folder's ``content/`` directory, replaces the bundled one as a whole (no merging, so what
prints is exactly one file the clinic can read). Every file carries a version, and each
rendered document records the versions it used.

The format (documented for administrators in ``resources/content/README.md``)::

    ---
    version: 2026-11-1
    title: Botulinum toxin
    ---
    ## What to expect
    - One short sentence per line that starts with "- ".
      A line indented by two spaces continues the item above.
    A line without "- " is a paragraph item.

Headings are fixed keys written in English in every language; the printed headings come from
``common.<lang>.md``. ``{clinic_phone}`` and ``{clinic_name}`` are replaced when printing.

An aftercare item (and a common warning sign) may start with a tag that lets sheets of several
treatments merge (``scardesk.domain.aftercare_advice``)::

    - [key=sun for=4w only=ablative] Avoid direct sun for 4 weeks.
    - [key=spf spf=50 for=6w] Use SPF 50 or higher every day for 6 weeks.
    - [when=days1-3] Flaking starts on day 2 or 3.

Files written before tags existed still load: an untagged item is its own key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from scardesk.domain.aftercare_advice import PHASE_NAMES, Phase, parse_duration
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.resources import resource_path

VERSION_PATTERN = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}", re.ASCII)
PLACEHOLDERS = ("{clinic_phone}", "{clinic_name}")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

#: Heading text (as written in the files) -> section key, per kind. All are required.
SECTIONS: Mapping[ContentKind, Mapping[str, str]] = MappingProxyType(
    {
        ContentKind.AFTERCARE: {
            "What to expect": "expect",
            "Do": "do",
            "Don't": "dont",
            "Seek urgent care": "urgent",
        },
        ContentKind.CONSENT: {
            "What the treatment is": "treatment",
            "Benefits": "benefits",
            "Risks and side effects": "risks",
            "Alternatives": "alternatives",
            "Patient statement": "statement",
        },
        ContentKind.COMMON: {
            "Labels": "labels",
            "Warning signs": "warning_signs",
            "Whom to call": "whom_to_call",
        },
    }
)

#: Label keys every ``common.<lang>.md`` must define (the renderers print these).
REQUIRED_LABELS = (
    "aftercare_title",
    "consent_title",
    "summary_title",
    "patient",
    "date",
    "date_of_birth",
    "practitioner",
    "done_today",
    "areas",
    "product",
    "total_units",
    "units_suffix",
    "expect",
    "do",
    "dont",
    "urgent",
    "warning_signs",
    "whom_to_call",
    "next_appointment",
    "no_next_appointment",
    "treatment",
    "benefits",
    "risks",
    "alternatives",
    "statement",
    "signature",
    "signed_on",
    "page",
    "of",
    "content_version",
)


_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_TAG = re.compile(r"\[([^\[\]]*)\]\s*")
#: Sections whose items may carry a tag, per kind.
TAGGED_SECTIONS: Mapping[ContentKind, frozenset[str]] = MappingProxyType(
    {
        ContentKind.AFTERCARE: frozenset({"expect", "do", "dont", "urgent"}),
        ContentKind.COMMON: frozenset({"warning_signs"}),
        ContentKind.CONSENT: frozenset(),
    }
)
#: What a tag may say, appended to each refusal of one (the admin types the tag in Latin).
TAG_HELP = Message("content.tag_help", {"phases": ", ".join(PHASE_NAMES)})


@dataclass(frozen=True, slots=True)
class ItemTag:
    """What a tag says about its item; an untagged item has ``key`` None."""

    key: str | None = None
    hours: int | None = None
    spf: int | None = None
    phase: Phase = Phase.TODAY
    only: frozenset[str] = frozenset()


UNTAGGED = ItemTag()


class _TagRefused(Exception):
    """A tag that cannot be read; ``message`` says what is expected (parse_content reports it)."""

    def __init__(self, code: str, params: dict[str, object]) -> None:
        super().__init__(code)
        self.message = Message(code, params)


def _tag(body: str, section: str, modality: Modality | None, line: int) -> ItemTag:
    """Read ``key=sun for=4w ...``; every mistake is a message saying what is expected."""
    values: dict[str, str] = {}
    for part in body.split():
        name, sep, value = part.partition("=")
        if not sep or not value or name in values:
            raise _TagRefused("content.tag_part", {"line": line, "part": part, "help": TAG_HELP})
        values[name] = value
    unknown = set(values) - {"key", "for", "spf", "when", "only"}
    if unknown:
        name = sorted(unknown)[0]
        raise _TagRefused("content.tag_name", {"line": line, "name": name, "help": TAG_HELP})
    key = values.get("key")
    if key is not None and not _KEY.fullmatch(key):
        raise _TagRefused("content.tag_key", {"line": line, "key": key})
    hours = None
    if "for" in values:
        hours = parse_duration(values["for"])
        if hours is None:
            raise _TagRefused("content.tag_duration", {"line": line, "value": values["for"]})
    spf = None
    if "spf" in values:
        text = values["spf"]
        if not (text.isascii() and text.isdigit() and 15 <= int(text) <= 100):
            raise _TagRefused("content.tag_spf", {"line": line, "value": text})
        spf = int(text)
    phase = Phase.TODAY
    if "when" in values:
        if section != "expect":
            raise _TagRefused("content.tag_when_section", {"line": line})
        if values["when"] not in PHASE_NAMES:
            raise _TagRefused(
                "content.tag_when_unknown",
                {"line": line, "value": values["when"], "phases": ", ".join(PHASE_NAMES)},
            )
        phase = PHASE_NAMES[values["when"]]
    only: frozenset[str] = frozenset()
    if "only" in values:
        allowed = spec_of(modality).variants if modality is not None else frozenset()
        only = frozenset(values["only"].split(","))
        if not allowed:
            raise _TagRefused("content.tag_only_unused", {"line": line})
        if not only <= allowed:
            raise _TagRefused(
                "content.tag_only_unknown",
                {"line": line, "value": values["only"], "variants": ", ".join(sorted(allowed))},
            )
    return ItemTag(key, hours, spf, phase, only)


@dataclass(frozen=True, slots=True)
class ContentFile:
    """One parsed content file. ``source`` is ``"bundled"`` or ``"clinic"``."""

    kind: ContentKind
    modality: Modality | None
    lang: Lang
    version: str
    title: str
    sections: Mapping[str, tuple[str, ...]]
    source: str
    path: Path
    #: Per section, the tag of each item (``UNTAGGED`` where none), in the items' order.
    tags: Mapping[str, tuple[ItemTag, ...]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """Relative name, e.g. ``aftercare/toxin.ar`` or ``common.en``."""
        if self.modality is None:
            return f"{self.kind.value}.{self.lang.value}"
        return f"{self.kind.value}/{self.modality.value}.{self.lang.value}"

    def items(self, section: str) -> tuple[str, ...]:
        return self.sections[section]

    def tagged(self, section: str) -> tuple[tuple[ItemTag, str], ...]:
        """Each item of a section with its tag."""
        items = self.sections[section]
        tags = self.tags.get(section, ())
        return tuple((tags[i] if i < len(tags) else UNTAGGED, item) for i, item in enumerate(items))

    def labels(self) -> dict[str, str]:
        """``key: value`` items of a common file's Labels section."""
        result: dict[str, str] = {}
        for item in self.sections.get("labels", ()):
            key, _, value = item.partition(":")
            result[key.strip()] = value.strip()
        if self.kind is ContentKind.COMMON:
            # A modality's printed name defaults to its spec's, so a clinic's copy written before
            # a modality existed still prints it, and a new modality needs no label line here.
            for modality, spec in SPECS.items():
                name = spec.name_ar if self.lang is Lang.AR else spec.name_en
                result.setdefault(f"modality_{modality.value}", name)
        return result


#: Earlier wordings kept beside a kind's files, named ``KEY@VERSION.LANG.md``.
ARCHIVE_FOLDER = "archive"


def relative_path(kind: ContentKind, lang: Lang, modality: Modality | None) -> Path:
    if kind is ContentKind.COMMON:
        return Path(f"common.{lang.value}.md")
    if modality is None:
        raise ValueError(f"{kind.value} content needs a modality")
    return Path(kind.value) / f"{spec_of(modality).content_key}.{lang.value}.md"


def _error(where: str, code: str, params: dict[str, object] | None = None) -> ValidationError:
    """The file's one refusal, coded: the content editor shows it in the admin's language."""
    return ValidationError({where: Message(code, params or {})})


def _front_matter(lines: list[str], where: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        raise _error(where, "content.front_matter_start", {"line": 1})
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return meta, number
        key, sep, value = line.partition(":")
        if not sep:
            raise _error(where, "content.front_matter_line", {"line": number})
        meta[key.strip()] = value.strip()
    raise _error(where, "content.front_matter_unclosed")


def parse_content(
    text: str, kind: ContentKind, lang: Lang, modality: Modality | None, *, source: str, path: Path
) -> ContentFile:
    """Parse and validate one file; errors name the file and line and say what is expected."""
    where = f"content {path.name}"
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    meta, start = _front_matter(lines, where)
    version = meta.get("version", "")
    if not VERSION_PATTERN.fullmatch(version):
        raise _error(where, "content.version_invalid", {"version": version})
    known = SECTIONS[kind]
    sections: dict[str, list[str]] = {}
    tags: dict[str, list[ItemTag]] = {}
    current: list[str] | None = None
    current_key = ""
    for number, raw in enumerate(lines[start:], start=start + 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if not line.startswith("## ") or heading not in known:
                allowed = ", ".join(f"'## {h}'" for h in known)
                raise _error(
                    where,
                    "content.heading_unknown",
                    {"line": number, "heading": line, "allowed": allowed},
                )
            if known[heading] in sections:
                raise _error(where, "content.heading_twice", {"line": number, "heading": heading})
            current_key = known[heading]
            current = sections.setdefault(current_key, [])
            tags[current_key] = []
        elif current is None:
            raise _error(where, "content.text_before_heading", {"line": number})
        elif line.startswith("  ") and not line.lstrip().startswith("- ") and current:
            current[-1] = f"{current[-1]} {line.strip()}"
        else:
            stripped = line.strip()
            item = stripped[2:].strip() if stripped.startswith("- ") else stripped
            tag = UNTAGGED
            found = _TAG.match(item) if current_key in TAGGED_SECTIONS[kind] else None
            if found is not None:
                try:
                    tag = _tag(found.group(1), current_key, modality, number)
                except _TagRefused as problem:
                    raise ValidationError({where: problem.message}) from None
                item = item[found.end() :]
                if not item:
                    raise _error(where, "content.tag_without_text", {"line": number})
            current.append(item)
            tags[current_key].append(tag)
        for placeholder in _PLACEHOLDER.findall(line):
            if placeholder not in PLACEHOLDERS:
                raise _error(
                    where,
                    "content.placeholder_unknown",
                    {
                        "line": number,
                        "placeholder": placeholder,
                        "allowed": ", ".join(PLACEHOLDERS),
                    },
                )
    missing = [f"'## {h}'" for h, key in known.items() if not sections.get(key)]
    if missing:
        raise _error(where, "content.sections_missing", {"sections": ", ".join(missing)})
    content = ContentFile(
        kind=kind,
        modality=modality,
        lang=lang,
        version=version,
        title=meta.get("title", ""),
        sections=MappingProxyType({k: tuple(v) for k, v in sections.items()}),
        source=source,
        path=path,
        tags=MappingProxyType({k: tuple(v) for k, v in tags.items()}),
    )
    if kind is ContentKind.COMMON:
        labels = content.labels()
        absent = [key for key in REQUIRED_LABELS if not labels.get(key)]
        if absent:
            raise _error(where, "content.labels_missing", {"labels": ", ".join(absent)})
    return content


class ContentLibrary:
    """Finds and parses content files, the clinic's override folder first.

    Parsed files are cached by path, size and modification time, so an administrator's edit is
    picked up by the next document without a restart.
    """

    def __init__(self, override_dir: Path | None = None, bundled_dir: Path | None = None) -> None:
        self.override_dir = override_dir
        self.bundled_dir = bundled_dir if bundled_dir is not None else resource_path("content")
        self._cache: dict[tuple[Path, int, int], ContentFile] = {}

    def with_override(self, override_dir: Path | None) -> ContentLibrary:
        library = ContentLibrary(override_dir, self.bundled_dir)
        library._cache = self._cache
        return library

    def load(self, kind: ContentKind, lang: Lang, modality: Modality | None = None) -> ContentFile:
        relative = relative_path(kind, lang, modality)
        candidates = []
        if self.override_dir is not None:
            candidates.append((self.override_dir / relative, "clinic"))
        candidates.append((self.bundled_dir / relative, "bundled"))
        for path, source in candidates:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            key = (path, stat.st_size, stat.st_mtime_ns)
            cached = self._cache.get(key)
            if cached is None:
                text = path.read_text(encoding="utf-8")
                cached = parse_content(text, kind, lang, modality, source=source, path=path)
                self._cache[key] = cached
            return cached
        raise _error(f"content {relative}", "content.file_missing", {"path": str(relative)})

    def common(self, lang: Lang) -> ContentFile:
        return self.load(ContentKind.COMMON, lang)

    def load_version(
        self, kind: ContentKind, lang: Lang, modality: Modality, version: str
    ) -> ContentFile | None:
        """The file as it was at ``version``: the current one when it is that version, else a
        kept earlier wording (``consent/archive/toxin@2026-11-1.en.md``, the clinic's archive
        first); None when no copy of that version is held.

        A signed consent reprints with the words the patient signed, never the newer ones.
        """
        current = self.load(kind, lang, modality)
        if current.version == version:
            return current
        relative = relative_path(kind, lang, modality)
        name = f"{spec_of(modality).content_key}@{version}.{lang.value}.md"
        folders = [(self.bundled_dir, "bundled")]
        if self.override_dir is not None:
            folders.insert(0, (self.override_dir, "clinic"))
        paths = [(folder / relative.parent / ARCHIVE_FOLDER / name, src) for folder, src in folders]
        # ScarDesk's own current text, when the clinic's copy has replaced it since the signing.
        paths.append((self.bundled_dir / relative, "bundled"))
        for path, source in paths:
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            found = parse_content(text, kind, lang, modality, source=source, path=path)
            if found.version == version:
                return found
        return None


def content_version_label(files: Iterable[ContentFile]) -> str:
    """One line naming every file used and its version, e.g.
    ``aftercare/toxin@2026-11-1; common.ar@2026-11-2+clinic; common.en@2026-11-1``.

    The English and Arabic files of one name are merged when their versions and sources agree;
    ``+clinic`` marks the clinic's own copy.
    """
    entries: dict[str, set[str]] = {}
    for f in files:
        tag = f"{f.version}+clinic" if f.source == "clinic" else f.version
        entries.setdefault(f.name.rsplit(".", 1)[0], set()).add(f"{f.lang.value}:{tag}")
    parts = []
    for base, tags in sorted(entries.items()):
        versions = {tag.split(":", 1)[1] for tag in tags}
        if len(versions) == 1 and len(tags) == len(Lang):
            parts.append(f"{base}@{versions.pop()}")
        else:
            parts.extend(
                f"{base}.{tag.split(':', 1)[0]}@{tag.split(':', 1)[1]}" for tag in sorted(tags)
            )
    return "; ".join(parts)


def fill(text: str, *, clinic_phone: str, clinic_name: str) -> str:
    """Replace the known placeholders; nothing here is markup, so no escaping is involved."""
    return text.replace("{clinic_phone}", clinic_phone).replace("{clinic_name}", clinic_name)
