"""The buyer's own judgement per theme: severity and likelihood (1–3) give a priority; a note. Stored at once."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...domain.messages import UserError
from ...domain.risk.assessment import THEMES, ScanResult
from ...domain.risk.levels import RiskLevel
from ...domain.risk_scan_record import ThemeJudgement
from ...domain.themes import Theme
from ..field_binding import TextFieldBinding
from .risk_scan_labels import (
    level_colours,
    level_text,
    likelihood_choices,
    priority_label,
    severity_choices,
    theme_label,
    theme_title,
)
from .risk_scan_widgets import RiskScanTab, WheelGuard, show_error

NEEDS_JUDGEMENT_MARK = "⚠"
JUDGED_MARK = "✓"


@dataclass
class JudgementRow:
    theme: Theme
    name: QLabel
    level: QLabel
    severity: QComboBox
    likelihood: QComboBox
    priority: QLabel
    note: QLineEdit
    binding: TextFieldBinding


class JudgementEditor(RiskScanTab):
    """The tab's nine rows (54 widgets) are made when the tab first shows or ``rows`` is first asked for: making
    them was a fifth of showing step 2, whose first tab is the scope. Until then the stored judgements stand in
    for the rows' choices (the hint and ``needing_judgement`` read them)."""

    def _build(self) -> None:
        form = self._form
        self._loading = False
        self._result: ScanResult | None = None
        self._judgements: dict[Theme, ThemeJudgement] = {}  # as stored, read at each refresh
        self._wheel_guard = WheelGuard(self)
        self._rows: dict[Theme, JudgementRow] | None = None
        form.judgementGrid.setColumnStretch(5, 1)
        for header in (form.judgementThemeHeader, form.judgementLevelHeader, form.judgementSeverityHeader,
                       form.judgementLikelihoodHeader, form.judgementPriorityHeader, form.judgementNoteHeader):
            header.setStyleSheet("font-weight: bold;")
        form.judgementTab.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._form.judgementTab and event.type() == QEvent.Type.Show and self._rows is None:
            self._make_rows()
        return False

    @property
    def rows(self) -> dict[Theme, JudgementRow]:
        """The row of each theme, made (and filled) when first asked for."""
        return self._rows if self._rows is not None else self._make_rows()

    def _make_rows(self) -> dict[Theme, JudgementRow]:
        holder = self._form.judgementTab
        holder.removeEventFilter(self)
        rows = self._rows = {}
        for number, theme in enumerate(THEMES, start=1):
            rows[theme] = self._make_row(number, theme, holder)
        if holder.isVisible():  # made while the tab shows: shown now, not an event later
            for row in rows.values():
                for widget in (row.name, row.level, row.severity, row.likelihood, row.priority, row.note):
                    widget.show()
        self._show_rows()
        self._show_marks()
        return rows

    def _make_row(self, number: int, theme: Theme, holder: QWidget) -> JudgementRow:
        grid = self._form.judgementGrid
        name = QLabel(theme_title(theme), holder)
        name.setWordWrap(True)
        name.setMinimumWidth(180)
        level = QLabel(holder)
        level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        severity = QComboBox(holder)
        likelihood = QComboBox(holder)
        for combo, choices in ((severity, severity_choices()), (likelihood, likelihood_choices())):
            for text, value in choices:
                combo.addItem(text, value)
            self._wheel_guard.guard(combo)
        severity.setAccessibleName(self.tr("Ernst: {theme}").format(theme=theme_label(theme)))
        likelihood.setAccessibleName(self.tr("Kans: {theme}").format(theme=theme_label(theme)))
        priority = QLabel("—", holder)
        note = QLineEdit(holder)
        note.setPlaceholderText(self.tr("Waarom? Wat weet u nog meer?"))
        note.setAccessibleName(self.tr("Toelichting: {theme}").format(theme=theme_label(theme)))
        note.setMinimumWidth(160)
        binding = TextFieldBinding(
            note, self._note_storer(theme), self._form.judgementError, self._language
        )
        severity.currentIndexChanged.connect(lambda _i, t=theme: self._choice_changed(t))
        likelihood.currentIndexChanged.connect(lambda _i, t=theme: self._choice_changed(t))
        for column, widget in enumerate((name, level, severity, likelihood, priority, note)):
            grid.addWidget(widget, number, column)
        name.setBuddy(severity)
        return JudgementRow(theme, name, level, severity, likelihood, priority, note, binding)

    # -- storing ---------------------------------------------------------------
    def _choice_changed(self, theme: Theme) -> None:
        if self._loading:
            return
        try:
            self._store(theme)
        except UserError as error:
            show_error(self._form.judgementError, error.message(self._language))

    def _note_storer(self, theme: Theme) -> Callable[[str], None]:
        """What the note field of ``theme`` calls to store its text."""
        return lambda text: self._store(theme, note=text)

    def _store(self, theme: Theme, note: str | None = None) -> None:
        """Store the row of ``theme``; a UserError propagates (the note's binding shows it)."""
        dossier_id = self._dossier_id()
        if dossier_id is None:
            return
        row = self.rows[theme]
        text = row.binding.text() if note is None else note
        judgement = self._service.judge(
            dossier_id, theme, row.severity.currentData(), row.likelihood.currentData(), text
        )
        self._judgements[theme] = judgement
        show_error(self._form.judgementError, None)
        self._show_judgement(row, judgement)
        self._show_marks()
        self._stored()

    def flush(self) -> None:
        for row in (self._rows or {}).values():
            row.binding.flush()

    # -- showing ---------------------------------------------------------------
    def refresh(self, result: ScanResult | None) -> None:
        self._result = result
        dossier_id = self._dossier_id()
        self._judgements = self._service.judgements(dossier_id) if dossier_id is not None else {}
        if self._rows is not None:
            self._show_rows()
        show_error(self._form.judgementError, None)
        self._show_marks()

    def _show_rows(self) -> None:
        assert self._rows is not None
        self._loading = True
        try:
            for theme, row in self._rows.items():
                judgement = self._judgements.get(theme, ThemeJudgement(theme))
                row.severity.setCurrentIndex(row.severity.findData(judgement.severity))
                row.likelihood.setCurrentIndex(row.likelihood.findData(judgement.likelihood))
                row.binding.set_text(judgement.note)
                self._show_judgement(row, judgement)
                self._show_level(row)
        finally:
            self._loading = False

    def _show_judgement(self, row: JudgementRow, judgement: ThemeJudgement) -> None:
        row.priority.setText(priority_label(judgement.priority))

    def _show_level(self, row: JudgementRow) -> None:
        if self._result is None:
            row.level.setText("—")
            row.level.setStyleSheet("")
            return
        assessment = self._result.themes[row.theme]
        row.level.setText(level_text(assessment.level, assessment.depends_on_origin))
        row.level.setStyleSheet(
            "background-color: {}; color: {}; padding: 2px 8px;".format(
                *(colour.name() for colour in level_colours(assessment.level, row.level.palette())))
        )

    def needing_judgement(self) -> list[Theme]:
        """High themes (by the sources) without a priority from the buyer yet."""
        if self._result is None:
            return []
        return [theme for theme in THEMES if self._result.themes[theme].level is RiskLevel.HIGH
                and None in self._choices(theme)]

    def _choices(self, theme: Theme) -> tuple[int | None, int | None]:
        """Severity and likelihood: as the row shows them, or as stored while the rows are not made yet."""
        if self._rows is not None:
            row = self._rows[theme]
            return row.severity.currentData(), row.likelihood.currentData()
        judgement = self._judgements.get(theme, ThemeJudgement(theme))
        return judgement.severity, judgement.likelihood

    def _show_marks(self) -> None:
        open_themes = self.needing_judgement()
        high = set() if self._result is None else {
            t for t, a in self._result.themes.items() if a.level is RiskLevel.HIGH
        }
        for theme, row in (self._rows or {}).items():
            if theme in open_themes:
                mark, tip = NEEDS_JUDGEMENT_MARK, self.tr("Hoog volgens de bronnen: uw oordeel is nodig.")
            elif theme in high:
                mark, tip = JUDGED_MARK, self.tr("Hoog volgens de bronnen; uw oordeel is vastgelegd.")
            else:
                mark, tip = "", ""
            row.name.setText(f"{mark} {theme_title(theme)}".strip())
            row.name.setToolTip(tip)
            row.name.setStyleSheet("font-weight: bold;" if theme in high else "")
        hint = self._form.judgementHint
        if self._result is None:
            hint.setText(self.tr("Er is nog geen scan. Kies eerst een productgroep."))
        elif open_themes:
            hint.setText(
                self.tr("{mark} Nog te beoordelen (hoog volgens de bronnen): {themes}.").format(
                    mark=NEEDS_JUDGEMENT_MARK, themes=", ".join(theme_label(t) for t in open_themes)
                )
            )
        elif high:
            hint.setText(self.tr("{mark} Elk thema dat de bronnen hoog inschatten, heeft uw oordeel.").format(
                mark=JUDGED_MARK))
        else:
            hint.setText(self.tr("Geen thema is hoog volgens de bronnen. Uw oordeel is welkom, maar niet verplicht."))
