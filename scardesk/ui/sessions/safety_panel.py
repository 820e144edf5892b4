"""The safety panel beside the session form: what the gate says about the session as typed.

Findings are grouped by level, most severe first, each with a title and an explanation in
clinical words, the facts that triggered it and a source a clinician recognises; the rule code
is only in the card's tooltip (:mod:`scardesk.ui.safety.words`). Text wraps: the panel never
scrolls sideways. A BLOCK cannot be overridden;
each NEEDS_OVERRIDE carries its own reason field, and Save stays off until every one has a
reason. Reasons typed survive a re-check as long as the same rule still asks for one. All
text is patient and clinic data, so every label is plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from scardesk.domain.errors import ScarDeskError
from scardesk.domain.safety import Finding, GateResult, Level
from scardesk.domain.sessions import SessionInput
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import sentence
from scardesk.ui.labels import number_text
from scardesk.ui.messages import error_text
from scardesk.ui.safety.words import ClinicPolicy, words
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import plain_label

GATE_DELAY_MS = 350
LEVEL_STYLES = {
    Level.BLOCK: ("#b42318", "#fdf1f0", "#f4c7c3"),
    Level.NEEDS_OVERRIDE: ("#8a4b08", "#fff7e8", "#f3d19c"),
    Level.WARN: ("#4b5563", "#f6f7f9", "#d9e0e5"),
}


def level_title(level: Level, count: int) -> str:
    titles = {
        Level.BLOCK: _t("Blocks the session ({n})"),
        Level.NEEDS_OVERRIDE: _t("Needs your reason to proceed ({n})"),
        Level.WARN: _t("Warnings ({n})"),
    }
    return titles[level].format(n=number_text(count))


class FindingCard(QFrame):
    """One finding in words, its facts and source; a reason field when it needs an override."""

    def __init__(self, finding: Finding, policy: ClinicPolicy, reason: str = "") -> None:
        super().__init__()
        self.finding = finding
        self.words = words(finding, policy)
        ink, fill, line = LEVEL_STYLES[finding.level]
        self.setObjectName("finding")
        self.setStyleSheet(
            f"QFrame#finding {{ background: {fill}; border: 1px solid {line};"
            f" border-left: 4px solid {ink}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        self.setToolTip(self.words.details)
        self.title = plain_label(self.words.title, wrap=True)
        self.title.setStyleSheet(f"color: {ink}; font-weight: 700;")
        layout.addWidget(self.title)
        self.explanation = plain_label(self.words.explanation, wrap=True)
        layout.addWidget(self.explanation)
        self.facts = plain_label(
            "\n".join(f"{label}: {value}" for label, value in self.words.facts),
            muted=True,
            wrap=True,
        )
        self.facts.setVisible(bool(self.words.facts))
        layout.addWidget(self.facts)
        # Citations are long: wrapped, or the panel would scroll sideways to read them.
        self.source = plain_label(
            _t("Source: {source}").format(source=self.words.source), muted=True, wrap=True
        )
        layout.addWidget(self.source)
        self.reason: QLineEdit | None = None
        if finding.level is Level.NEEDS_OVERRIDE:
            self.reason = QLineEdit(reason)
            self.reason.setPlaceholderText(_t("Your reason to proceed (recorded and audited)"))
            self.reason.setAccessibleName(
                _t("Reason to proceed despite: {title}").format(title=self.words.title)
            )
            layout.addWidget(self.reason)


class SafetyPanel(QFrame):
    """``show_result`` after each gate run; ``overrides()`` and ``can_save()`` for the editor."""

    overrides_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.result: GateResult | None = None
        self.policy = ClinicPolicy()
        self.cards: list[FindingCard] = []
        self._reasons: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        title = plain_label(_t("Safety check"))
        title.setStyleSheet("font-weight: 700; font-size: 12.5pt;")
        outer.addWidget(title)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 4, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        self.list_widget.setObjectName("findings")
        self.list_widget.setStyleSheet("QWidget#findings { background: white; }")
        outer.addWidget(scroll, 1)
        self.show_checking()

    def set_policy(self, policy: ClinicPolicy) -> None:
        """The clinic's settings and who set them, for the findings' wording; re-shows them."""
        self.policy = policy
        if self.result is not None:
            self.show_result(self.result)

    def show_checking(self) -> None:
        self.status.setText(_t("Checking the session against the safety rules…"))
        self.status.setStyleSheet("color: #5b6770;")

    def show_failed(self, message: str) -> None:
        self.result = None
        self.status.setText(_t("The safety check could not run: {message}").format(message=message))
        self.status.setStyleSheet("color: #b42318;")
        self.overrides_changed.emit()

    def show_result(self, result: GateResult) -> None:
        self._remember_reasons()
        self.result = result
        while self.list_layout.count() > 1:
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        position = 0
        for level, findings in (
            (Level.BLOCK, result.blocked),
            (Level.NEEDS_OVERRIDE, result.needs_override),
            (Level.WARN, result.warnings),
        ):
            if not findings:
                continue
            heading = plain_label(level_title(level, len(findings)))
            heading.setStyleSheet(f"font-weight: 700; color: {LEVEL_STYLES[level][0]};")
            self.list_layout.insertWidget(position, heading)
            position += 1
            for finding in findings:
                card = FindingCard(finding, self.policy, self._reasons.get(finding.rule_code, ""))
                if card.reason is not None:
                    card.reason.textChanged.connect(lambda _t: self.overrides_changed.emit())
                self.list_layout.insertWidget(position, card)
                self.cards.append(card)
                position += 1
        self._show_status()
        self.overrides_changed.emit()

    def _remember_reasons(self) -> None:
        for card in self.cards:
            if card.reason is not None:
                self._reasons[card.finding.rule_code] = card.reason.text()

    def _show_status(self) -> None:
        result = self.result
        if result is None:
            return
        missing = len(self.missing())
        if result.blocked:
            text = _t(
                "Blocked: %n finding(s) must change before this session can be saved.",
                None,
                len(result.blocked),
            )
            style = "color: #b42318; font-weight: 600;"
        elif missing:
            text = _t("Your reason is needed for %n finding(s) before saving.", None, missing)
            style = "color: #8a4b08; font-weight: 600;"
        elif result.findings:
            text = _t("Nothing blocks this session; read the points below.")
            style = "color: #115e59; font-weight: 600;"
        else:
            text = _t("No safety findings for this session.")
            style = "color: #115e59; font-weight: 600;"
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def reason_field(self, rule_code: str) -> QLineEdit | None:
        for card in self.cards:
            if card.finding.rule_code == rule_code:
                return card.reason
        return None

    def overrides(self) -> dict[str, str]:
        """Reasons given for the findings that need one now (blank ones left out)."""
        return {
            card.finding.rule_code: card.reason.text().strip()
            for card in self.cards
            if card.reason is not None and card.reason.text().strip()
        }

    def missing(self) -> list[str]:
        given = self.overrides()
        return [
            c.finding.rule_code
            for c in self.cards
            if c.reason is not None and c.finding.rule_code not in given
        ]

    def can_save(self) -> bool:
        self._show_status()
        return self.result is not None and not self.result.blocked and not self.missing()


class GatePreview(QObject):
    """Runs the gate on the form in the background, shortly after the last change.

    Only the newest answer is shown: an older one arriving late never replaces it. The
    panel's ``overrides_changed`` then tells the owner to re-decide whether Save is allowed.
    """

    def __init__(
        self,
        context: ScreenContext,
        patient_id: int,
        panel: SafetyPanel,
        form: Callable[[], SessionInput],
    ) -> None:
        super().__init__(panel)
        self.context = context
        self.patient_id = patient_id
        self.panel = panel
        self.form = form
        self.generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GATE_DELAY_MS)
        self.timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        self.panel.show_checking()
        self.timer.start()

    def run_now(self) -> None:
        self.timer.stop()
        self.generation += 1
        generation = self.generation
        form = self.form()
        service, actor = self.context.services.sessions, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.preview_gate(actor, self.patient_id, form),
            lambda result: self._answered(generation, result),
            lambda error: self._failed(generation, error),
        )

    def _answered(self, generation: int, result: GateResult) -> None:
        if generation == self.generation:
            self.panel.show_result(result)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self.panel.show_failed(
                error_text(error) if isinstance(error, ScarDeskError) else sentence(str(error))
            )
