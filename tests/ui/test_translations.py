"""The translation files: complete, extracted from the code as it is, and loaded by the app.

``scripts/i18n.py check`` runs ``pyside6-lupdate`` over the code into a copy of the kept ``.ts``
files: a string marked in the code but missing from the files, or left untranslated, fails
here with its text, so a new screen cannot ship half English.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from scardesk.domain.messages import _n
from scardesk.ui.i18n import install_translation
from scardesk.ui.tr import _t

ROOT = Path(__file__).resolve().parents[2]


def _i18n_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scardesk_i18n", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_marked_string_is_in_the_files_and_translated() -> None:
    gaps = _i18n_script().check()
    assert not gaps, "run `python scripts/i18n.py update`, then translate:\n" + "\n".join(
        str(gap) for gap in gaps
    )


def test_the_check_finds_a_string_that_is_not_translated(tmp_path: Path) -> None:
    """The check itself can fail: an unfinished message in a .ts is reported by its text."""
    ts = tmp_path / "scardesk_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
        "<context><name></name>\n"
        "<message><source>Save</source><translation>حفظ</translation></message>\n"
        '<message><source>Brand new text</source><translation type="unfinished"></translation>'
        "</message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    gaps = _i18n_script().gaps_in(ts, "ar")
    assert [gap.source for gap in gaps] == ["Brand new text"]


def test_the_check_finds_a_count_without_plural_forms(tmp_path: Path) -> None:
    """A count phrase must reach the .ts as a plural (numerus) message: the core's English
    ``{n:vial|vials}`` or a ``%n`` text marked with ``_n`` instead of ``_np`` fails."""
    ts = tmp_path / "scardesk_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
        "<context><name></name>\n"
        "<message><source>from {n} {n:vial|vials} opened</source>"
        "<translation>من {n} قوارير</translation></message>\n"
        "<message><source>%n vial(s) opened</source>"
        "<translation>%n قوارير مفتوحة</translation></message>\n"
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        + "".join(f"<numerusform>{form}</numerusform>" for form in ("0", "1", "2", "3", "11", ""))
        + "</translation></message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    gaps = {gap.source: gap.why for gap in _i18n_script().gaps_in(ts, "ar")}
    assert gaps == {
        "from {n} {n:vial|vials} opened": "a count phrase not written with %n",
        "%n vial(s) opened": "a count without plural forms (mark it _np)",
        "%n day(s)": "a plural form is empty",
    }


@pytest.fixture
def arabic(qapp: QApplication):  # type: ignore[no-untyped-def]
    assert install_translation(qapp, "ar")
    yield
    install_translation(qapp, "en")


def test_arabic_loads_with_its_six_plural_forms(arabic) -> None:
    assert _t("Today") == "اليوم"
    days = {n: _t("%n day(s)", None, n) for n in (1, 2, 3, 11, 100)}
    assert len(set(days.values())) >= 4, days  # one, two, few, many, other differ in Arabic
    assert all("(s)" not in text for text in days.values())


def test_english_reads_singular_and_plural(qapp: QApplication) -> None:
    install_translation(qapp, "en")
    assert _t("%n day(s)", None, 1) == "1 day"
    assert _t("%n day(s)", None, 2) == "2 days"


def test_a_domain_label_marked_with_n_is_translated(arabic) -> None:
    from scardesk.domain.photos import VIEW_TEXT

    english = next(iter(VIEW_TEXT.values()))
    assert _n(english) == english
    assert _t(english) != english


def test_qt_standard_cancel_uses_the_apps_own_word(qapp) -> None:
    """Qt's Arabic for a standard Cancel button is the bare imperative "ألغ", which read as a
    cut-off word beside the app's own "إلغاء الأمر"; both now say the same."""
    from PySide6.QtWidgets import QDialogButtonBox

    from scardesk.ui.i18n import install_translation

    assert install_translation(qapp, "ar")
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert [b.text() for b in buttons.buttons()] == ["إلغاء الأمر"]
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        assert [b.text() for b in ok.buttons()] == ["حسنًا"]  # the rest is still Qt's own
    finally:
        install_translation(qapp, "en")


def test_lists_use_the_readers_separator(arabic) -> None:
    from scardesk.ui.tr import listed

    assert listed(["أ", "ب", "ج"]) == "أ، ب، ج"


def test_lists_in_english_keep_the_comma(qapp: QApplication) -> None:
    from scardesk.ui.tr import listed

    install_translation(qapp, "en")
    assert listed(["a", "b"]) == "a, b"


def test_screens_join_lists_with_the_readers_separator() -> None:
    """A Latin comma between Arabic treatment names reads as a typo; the screens join shown
    lists with ``listed``. Only the log line of registered fonts (never shown) keeps ", "."""
    root = Path(__file__).resolve().parents[2] / "scardesk" / "ui"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if '", ".join(' in line and "log." not in line
    ]
    assert found == []
