"""Step 2: product × country of production → risk per theme, with sources; the buyer's judgement.

The page only shows and edits; every use case is a call on ``RiskScanService``.
The tabs each have a small editor (scope, judgement, own risks, stakeholders);
this class ties them together, shows the kept scan and its editions, and
emits ``stored`` after every stored change.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from ...domain.damaged_parts import DamagedPartError
from ...domain.messages import UserError
from ...domain.risk.assessment import ScanResult
from ...domain.steps import StepId
from ...services.changes import Change
from ...services.input_origins import InputOriginService
from ...services.risk_scan import RiskScanService, StoredScan
from ..forms.risk_scan_page_ui import Ui_RiskScanPage
from ..palette_colours import NOTE, NOTICE, banner
from .risk_scan_inputs import InputOriginTab
from .risk_scan_inputs import text as input_text
from .risk_scan_judgement import JudgementEditor
from .risk_scan_labels import DEPENDS_ON_ORIGIN_MARK, LEVEL_COLOURS, level_text
from .risk_scan_own_risks import OwnRiskEditor
from .risk_scan_scope import ScopeEditor
from .risk_scan_stakeholders import StakeholderEditor
from .risk_scan_table_model import LevelCellDelegate, RiskTableFitter, RiskTableModel
from .risk_scan_texts import ScanTexts
from .risk_scan_widgets import show_error
from .step_page import StepPage

if TYPE_CHECKING:
    from .risk_scan_sources_dialog import RiskScanSourcesDialog


class RiskScanPage(StepPage):
    step_id = StepId.RISK_SCAN
    help_topic = "risk_scan"
    shows = frozenset({Change.DOSSIER, Change.SCAN})

    def __init__(self, risk_scan: RiskScanService, language: str, parent: QWidget | None = None,
                 applicability=None) -> None:
        super().__init__(parent)
        self._service = risk_scan
        self._applicability = applicability  # step 1's reference data, listed in the sources dialog too
        self._language = language
        self._dossier_id: int | None = None
        self._stored_scan: StoredScan | None = None
        self.damaged: DamagedPartError | None = None  # the kept scan cannot be read
        self.form = Ui_RiskScanPage()
        self.form.setupUi(self)
        f = self.form
        self._texts = ScanTexts(risk_scan.knowledge, language)
        self.risk_model = RiskTableModel(risk_scan.knowledge, language, self)
        f.riskTable.setModel(self.risk_model)
        f.riskTable.setItemDelegate(LevelCellDelegate(f.riskTable))
        self._table_fitter = RiskTableFitter(f.riskTable)
        f.riskTable.selectionModel().currentChanged.connect(self._show_cell)
        f.editionBanner.setStyleSheet(banner(NOTICE).style("#editionBanner", None))
        f.changesLabel.setStyleSheet(banner(NOTE).style("#changesLabel"))
        f.legendLabel.setText(self._legend())
        dossier = lambda: self._dossier_id  # noqa: E731
        self.scope = ScopeEditor(f, risk_scan, language, dossier, self._scope_stored, self)
        self.judgement = JudgementEditor(f, risk_scan, language, dossier, self._stored_elsewhere, self)
        self.own_risks = OwnRiskEditor(f, risk_scan, language, dossier, self._stored_elsewhere, self)
        self.stakeholders = StakeholderEditor(f, risk_scan, language, dossier, self._stored_elsewhere, self)
        self.inputs = InputOriginTab(InputOriginService.beside(risk_scan), language, dossier, self._inputs_stored, self)
        f.tabs.insertTab(f.tabs.indexOf(f.risksTab) + 1, self.inputs, input_text("tab", language))
        f.rescanButton.clicked.connect(self.rescan)
        f.sourcesButton.clicked.connect(self.show_sources)

    # -- StepPage ------------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        self._dossier_id = dossier_id
        self.form.changesLabel.hide()
        self.refresh()

    def flush(self) -> None:
        self.judgement.flush()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Coming from step 1 with a new CPV code: show the group it brought (step 1 stored it; showing stores nothing)."""
        super().showEvent(event)
        if self._dossier_id is not None and not self.form.groupList.count() and self._service.groups(self._dossier_id):
            self.refresh()

    @property
    def dossier_id(self) -> int | None:
        return self._dossier_id

    # -- after an edit ---------------------------------------------------------------
    def _scope_stored(self) -> None:
        self._show_scan()
        self.inputs.refresh()
        self.stored.emit()

    def _stored_elsewhere(self) -> None:
        self.stored.emit()

    def _inputs_stored(self) -> None:
        self._show_scan()
        self.stored.emit()

    def refresh(self) -> None:
        groups = self._service.groups(self._dossier_id) if self._dossier_id is not None else []  # read once here
        self.scope.refresh(groups=groups)
        self._show_scan(groups)
        self.own_risks.refresh()
        self.stakeholders.refresh()
        self.inputs.refresh(groups)

    # -- the kept scan -------------------------------------------------------------------
    def _current_scan(self, groups: list[str] | None = None) -> StoredScan | None:
        """The kept scan; None when there is none, or when it is damaged (``self.damaged`` then says so).
        ``groups`` are the dossier's groups when the caller has just read them."""
        self.damaged = None
        if self._dossier_id is None:
            return None
        if groups is None:
            groups = self._service.groups(self._dossier_id)
        if not groups:
            return None  # the last scan of a scope that has since been emptied is not shown
        try:
            return self._service.stored_scan(self._dossier_id, groups)
        except DamagedPartError as error:  # the rest of the page works; 'Scan again' makes a new scan
            self.damaged = error
            return None

    def _show_scan(self, groups: list[str] | None = None) -> None:
        f = self.form
        stored = self._stored_scan = self._current_scan(groups)
        result = stored.result if stored else None
        self.risk_model.set_result(result)
        f.noScanLabel.setVisible(result is None)
        f.riskTable.setVisible(result is not None)
        f.legendLabel.setVisible(result is not None)
        f.scanInfoLabel.setText(
            self._texts.scan_made(stored) if stored else self.tr("Nog geen scan: kies een productgroep.")
        )
        f.editionBanner.setVisible(bool(stored and stored.outdated_editions) or self.damaged is not None)
        if stored and stored.outdated_editions:
            f.editionBannerLabel.setText(self._texts.outdated(stored))
        elif self.damaged is not None:
            f.editionBannerLabel.setText(self.damaged.message(self._language))
            f.scanInfoLabel.setText("")
        f.detailsView.setPlainText(
            self.tr("Klik op een cel van de tabel: hier staat dan waarom het niveau zo is, met bron en editie.")
            if result else ""
        )
        f.originsView.setHtml(self._origins_html(result))
        self.judgement.refresh(result)

    def _origins_html(self, result: ScanResult | None) -> str:
        if result is None:
            return ""
        text = self._texts.origins(result)
        if text:
            return text
        return "<p>" + self.tr("Voor elke productgroep zijn landen van productie opgegeven.") + "</p>"

    def _show_cell(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        assessment = self.risk_model.assessment(current)
        if assessment is None:
            return
        column = self.risk_model.column_at(current.column())
        self.form.detailsView.setHtml(self._texts.cell_details(assessment, column))

    def _legend(self) -> str:
        levels = " · ".join(level_text(level) for level in LEVEL_COLOURS)
        return self.tr(
            "{levels} · {mark} hangt af van herkomst. Onbekend: geen bron noemt dit risico; "
            "geen vermelding is geen afwezigheid van risico."
        ).format(levels=levels, mark=DEPENDS_ON_ORIGIN_MARK)

    # -- a newer edition ---------------------------------------------------------------------
    def rescan(self) -> None:
        if self._dossier_id is None:
            return
        f = self.form
        try:
            _result, diff = self._service.rescan_with_changes(self._dossier_id)
        except UserError as error:
            show_error(f.changesLabel, error.message(self._language))
            return
        f.changesLabel.setStyleSheet(banner(NOTE).style("#changesLabel"))
        f.changesLabel.setText(self._texts.changes(diff))
        f.changesLabel.show()
        self._show_scan()
        self.stored.emit()

    def show_sources(self) -> RiskScanSourcesDialog:
        from .risk_scan_sources_dialog import RiskScanSourcesDialog  # the dialog's module: when first asked for

        dialog = RiskScanSourcesDialog(self._service.knowledge, self._language, self, self._applicability)
        dialog.setObjectName("riskScanSourcesDialog")
        dialog.open()
        return dialog
