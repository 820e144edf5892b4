"""The assessment editor: region counts on the face map, live totals from the domain, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from scardesk.domain.enums import (
    FacialRegion,
    Fitzpatrick,
    GoodmanBaronGrade,
    Modality,
    Role,
    ScarType,
)
from scardesk.domain.scoring import EccaCounts, GoodmanBaronCounts, ecca_score, goodman_baron_score
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.assessment.texts import grade_text
from tests.ui.patient_helpers import make_context, register, type_text


@pytest.fixture
def context(services, make_user):
    return make_context(services, make_user("dr.maryam", Role.PRACTITIONER))


@pytest.fixture
def patient_id(services, context) -> int:
    return register(services, context.signed_in).id


@pytest.fixture
def editor(qtbot, context, patient_id) -> AssessmentEditor:
    dialog = AssessmentEditor(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click_region(qtbot, editor: AssessmentEditor, region: FacialRegion) -> None:
    face = editor.regions.face
    qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=face.region_centre(region).toPoint())


def _type_count(qtbot, box, value: int) -> None:
    box.selectAll()
    qtbot.keyClicks(box, str(value))


def test_clicking_a_region_opens_its_counts_and_typing_updates_the_badge(qtbot, editor) -> None:
    _click_region(qtbot, editor, FacialRegion.CHEEK_LEFT)
    assert editor.regions.selected_region() is FacialRegion.CHEEK_LEFT
    assert "Left cheek" in editor.regions.region_title.text()
    _type_count(qtbot, editor.regions.boxes[ScarType.ROLLING], 7)
    _type_count(qtbot, editor.regions.boxes[ScarType.ICEPICK], 5)
    assert editor.regions.face.region_counts() == {FacialRegion.CHEEK_LEFT: 12}
    _click_region(qtbot, editor, FacialRegion.CHIN)
    assert editor.regions.boxes[ScarType.ROLLING].value() == 0  # the chin has its own counts
    _click_region(qtbot, editor, FacialRegion.CHEEK_LEFT)
    assert editor.regions.boxes[ScarType.ROLLING].value() == 7


def test_the_goodman_baron_total_follows_the_counts_as_they_are_typed(qtbot, editor) -> None:
    assert editor.gb.total.text() == "Total 0 / 84"
    _type_count(qtbot, editor.gb.boxes["punched_out_shallow_small"], 12)  # B: 2 points × 2
    assert editor.gb.total.text() == "Total 4 / 84"
    _type_count(qtbot, editor.gb.boxes["linear_troughed"], 25)  # C: 3 points × 3
    assert editor.gb.total.text() == "Total 13 / 84"
    editor.gb.keloid.setValue(6.0)  # 5–20 cm² → 12
    assert editor.gb.total.text() == "Total 25 / 84"
    expected = goodman_baron_score(
        GoodmanBaronCounts(punched_out_shallow_small=12, linear_troughed=25, keloid_area_cm2=6.0)
    )
    assert editor.gb.total_value() == expected


def test_the_ecca_total_follows_the_counts_as_they_are_typed(qtbot, editor) -> None:
    _type_count(qtbot, editor.ecca.boxes["rolling"], 6)  # 25 × 2
    assert editor.ecca.total.text() == "Total 50 / 540"
    _type_count(qtbot, editor.ecca.boxes["icepick"], 3)  # 15 × 1
    assert editor.ecca.total.text() == "Total 65 / 540"


def test_the_map_can_fill_the_ecca_counts(qtbot, editor) -> None:
    _click_region(qtbot, editor, FacialRegion.CHEEK_RIGHT)
    _type_count(qtbot, editor.regions.boxes[ScarType.BOXCAR_DEEP], 4)
    _type_count(qtbot, editor.regions.boxes[ScarType.BOXCAR_SHALLOW], 3)
    qtbot.mouseClick(editor.regions.suggest_button, Qt.MouseButton.LeftButton)
    assert editor.ecca.boxes["boxcar"].value() == 7
    assert editor.ecca.total_value() == ecca_score(EccaCounts(boxcar=7))


def test_each_grade_shows_its_defining_text_while_choosing(qtbot, editor) -> None:
    for grade, label in editor.grade.definitions.items():
        assert label.text() == grade_text(grade)
        assert label.isVisible()
    button = editor.grade.buttons[GoodmanBaronGrade.SEVERE]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert editor.grade.grade() is GoodmanBaronGrade.SEVERE
    assert "do not flatten" in editor.grade.definitions[GoodmanBaronGrade.SEVERE].text()


def test_the_skin_type_shows_its_description_and_the_pih_caution(editor) -> None:
    editor.skin.set_skin_type(Fitzpatrick.II)
    assert "burns easily" in editor.skin.description.text()
    assert editor.skin.warning.isHidden()
    editor.skin.set_skin_type(Fitzpatrick.V)
    assert "very rarely burns" in editor.skin.description.text()
    assert not editor.skin.warning.isHidden()


def test_saving_stores_totals_equal_to_the_domain_recompute(
    qtbot, services, context, editor
) -> None:
    published = []
    context.change_bus.changed.connect(published.append)
    _click_region(qtbot, editor, FacialRegion.FOREHEAD)
    _type_count(qtbot, editor.regions.boxes[ScarType.ICEPICK], 4)
    _type_count(qtbot, editor.gb.boxes["macular"], 30)
    _type_count(qtbot, editor.ecca.boxes["boxcar"], 9)
    editor.skin.set_skin_type(Fitzpatrick.IV)
    editor.suitability.combos[Modality.TOXIN].setCurrentIndex(1)
    type_text(editor.notes, "تحسن ملحوظ")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == AssessmentEditor.DialogCode.Accepted
    stored = services.assessments.get(context.signed_in.actor, editor.saved_record.id)
    assert stored.gb_total == goodman_baron_score(GoodmanBaronCounts(macular=30)) == 3
    assert stored.ecca_total == ecca_score(EccaCounts(boxcar=9)) == 40
    assert [(r.region, r.scar_type, r.count) for r in stored.data.regions] == [
        (FacialRegion.FOREHEAD, ScarType.ICEPICK, 4)
    ]
    assert stored.data.notes == "تحسن ملحوظ"
    assert published and stored.id in published[-1].assessments


def test_a_rule_broken_on_save_is_shown_under_the_field_it_concerns(qtbot, editor) -> None:
    editor.suitability.combos[Modality.FRACTIONAL_LASER].setCurrentIndex(1)  # no skin type
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved_record is None
    errors = editor.error_texts()
    assert "Fitzpatrick" in errors["suitability.fractional_laser"]
    assert not editor.form_error.isHidden()
    editor.suitability.combos[Modality.FRACTIONAL_LASER].setCurrentIndex(0)
    assert "suitability.fractional_laser" not in editor.error_texts()


def test_amending_prefills_the_form_and_saves_a_new_version(
    qtbot, services, context, patient_id, editor
) -> None:
    _type_count(qtbot, editor.gb.boxes["papular"], 2)
    editor.save()
    first = editor.saved_record
    amend = AssessmentEditor(
        context, patient_id, services.assessments.get(context.signed_in.actor, first.id)
    )
    qtbot.addWidget(amend)
    assert amend.gb.boxes["papular"].value() == 2
    assert amend.gb.total.text() == "Total 2 / 84"
    amend.gb.boxes["papular"].setValue(15)
    amend.save()
    assert amend.saved_record.version > first.version
    assert amend.saved_record.gb_total == 4


def test_in_arabic_the_editor_does_not_scroll_sideways(
    qtbot,
    context,
    patient_id,
    arabic,
) -> None:
    """The Arabic card titles ("النتيجة الكمية حسب مقياس غودمان وبارون …") did not wrap: the
    three columns needed about 1,570 px and the right one hid behind a sideways scroll bar."""
    dialog = AssessmentEditor(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: dialog.scroll_area.widget().width() > 0)
    assert bar.maximum() == 0
