"""Clinic-editable content files: format validation with clear errors, overrides, versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.documents.content import ContentLibrary, content_version_label, parse_content
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError

GOOD = """---
version: 2026-11-1
---
## What to expect
- Redness for 1 day.
  Continued on a second line.
## Do
- Rest.
## Don't
- No sauna.
## Seek urgent care
- Fever.
"""


def parse(text: str) -> object:
    return parse_content(
        text,
        ContentKind.AFTERCARE,
        Lang.EN,
        Modality.TOXIN,
        source="bundled",
        path=Path("toxin.en.md"),
    )


def message(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse(text)
    return next(iter(caught.value.field_errors.values()))


def test_every_bundled_file_is_valid() -> None:
    library = ContentLibrary()
    for lang in Lang:
        library.common(lang)
        for modality in Modality:
            for kind in (ContentKind.AFTERCARE, ContentKind.CONSENT):
                assert library.load(kind, lang, modality).version


def test_bundled_english_and_arabic_files_pair_item_for_item() -> None:
    library = ContentLibrary()
    for modality in Modality:
        for kind in (ContentKind.AFTERCARE, ContentKind.CONSENT):
            en_file, ar_file = (library.load(kind, lang, modality) for lang in Lang)
            assert {k: len(v) for k, v in en_file.sections.items()} == {
                k: len(v) for k, v in ar_file.sections.items()
            }


def test_indented_line_continues_the_item_above() -> None:
    content = parse(GOOD)
    assert content.items("expect") == ("Redness for 1 day. Continued on a second line.",)  # type: ignore[attr-defined]


def test_missing_version_is_refused_with_the_expected_form() -> None:
    assert "expected year-month-number" in message(GOOD.replace("version: 2026-11-1", "title: x"))


def test_unknown_heading_names_the_line_and_the_allowed_headings() -> None:
    text = message(GOOD.replace("## Do\n", "## Dos\n"))
    assert "line 7" in text and "'## Do'" in text


def test_missing_section_is_refused() -> None:
    assert "'## Seek urgent care'" in message(GOOD.split("## Seek urgent care")[0])


def test_unknown_placeholder_is_refused() -> None:
    assert "{phone}" in message(GOOD.replace("- Rest.", "- Call {phone}."))


def test_version_label_merges_languages_and_marks_clinic_copies(tmp_path: Path) -> None:
    (tmp_path / "common.ar.md").write_text(
        (ContentLibrary().bundled_dir / "common.ar.md")
        .read_text(encoding="utf-8")
        .replace("2026-12-1", "2026-12-2"),
        encoding="utf-8",
    )
    library = ContentLibrary(override_dir=tmp_path)
    label = content_version_label([library.common(Lang.EN), library.common(Lang.AR)])
    assert label == "common.ar@2026-12-2+clinic; common.en@2026-12-1"


def test_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        ContentLibrary(bundled_dir=tmp_path).common(Lang.EN)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["-", "#", ":", " ", "\n", "a", "{", "}", "## Do", "version: 2026-1-1", "---\n"]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_text_either_parses_or_is_refused_with_a_validation_error(text: str) -> None:
    try:
        parse(text)
    except ValidationError as error:
        assert error.field_errors
