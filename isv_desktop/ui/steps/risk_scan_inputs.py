"""Step 2, tab "Grondstoffen": critical inputs across borders and the origins the buyer traced.

A product assembled in one country carries the risk of its critical inputs
from where they come (solar modules: polysilicon, mostly from China). The
tab shows, per scanned group, what the knowledge base assumes with its
source, and lets the buyer record the traced origin that replaces it.
Texts come from this module's own Dutch/English catalogue.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.messages import UserError
from ...services.input_origins import InputOrigins, InputOriginService
from .risk_scan_widgets import show_error

TEXTS: dict[str, tuple[str, str]] = {
    "tab": ("Grondstoffen", "Inputs"),
    "intro": (
        "Kritische grondstoffen: een product draagt het risico van zijn grondstoffen mee, waar het ook wordt "
        "gemaakt. Zolang u de werkelijke herkomst niet hebt vastgelegd, geldt de herkomst die de bron noemt.",
        "Critical inputs: a product carries the risk of its inputs, wherever it is made. Until you record the "
        "real origin, the origin the source names is assumed.",
    ),
    "none": (
        "De gekozen productgroepen hebben geen kritische grondstoffen in de kennisbank.",
        "The chosen product groups have no critical inputs in the knowledge base.",
    ),
    "table": ("Kritische grondstoffen en hun herkomst", "Critical inputs and their origin"),
    "group": ("Productgroep", "Product group"),
    "input": ("Grondstof", "Input"),
    "assumed": ("Aangenomen herkomst (bron)", "Assumed origin (source)"),
    "traced": ("Herleide herkomst", "Traced origin"),
    "not_traced": ("nog niet herleid", "not traced yet"),
    "replaced": ("vervangen door de herleide herkomst", "replaced by the traced origin"),
    "country": ("Land (naam of ISO-code, bijv. DE)", "Country (name or ISO code, e.g. DE)"),
    "record": ("Herkomst vastleggen", "Record origin"),
    "remove": ("Herleide herkomst verwijderen", "Remove traced origin"),
    "choose": ("Kies eerst een grondstof.", "Choose an input first."),
    "share": ("{share} % uit {country} ({year}; {source}, {edition})", "{share} % from {country} ({year}; {source}, {edition})"),
    "on": ("{country} (vastgelegd {date})", "{country} (recorded {date})"),
}


def text(key: str, language: str) -> str:
    dutch, english = TEXTS[key]
    return dutch if language == "nl" else english


class InputOriginTab(QWidget):
    def __init__(
        self, service: InputOriginService, language: str, dossier: Callable[[], int | None],
        stored: Callable[[], None], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inputsTab")
        self._service = service
        self._language = language
        self._dossier = dossier
        self._stored = stored
        self._rows: list[InputOrigins] = []
        t = lambda key: text(key, language)  # noqa: E731
        layout = QVBoxLayout(self)
        self.intro = QLabel(t("intro"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("inputsTable")
        self.table.setAccessibleName(t("table"))
        self.table.setHorizontalHeaderLabels([t("group"), t("input"), t("assumed"), t("traced")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        grid = QGridLayout()
        self.inputCombo = QComboBox(self)
        self.inputCombo.setObjectName("inputCombo")
        self.inputCombo.setAccessibleName(t("input"))
        self.countryEdit = QLineEdit(self)
        self.countryEdit.setObjectName("inputCountryEdit")
        self.countryEdit.setPlaceholderText(t("country"))
        self.countryEdit.setAccessibleName(t("country"))
        self.recordButton = QPushButton(t("record"), self)
        self.recordButton.setObjectName("recordInputButton")
        self.removeButton = QPushButton(t("remove"), self)
        self.removeButton.setObjectName("removeInputButton")
        self.error = QLabel(self)
        self.error.setObjectName("inputError")
        self.error.setWordWrap(True)
        self.error.hide()
        grid.addWidget(self.inputCombo, 0, 0)
        grid.addWidget(self.countryEdit, 0, 1)
        grid.addWidget(self.recordButton, 0, 2)
        grid.addWidget(self.removeButton, 1, 2)
        grid.addWidget(self.error, 1, 0, 1, 2)
        layout.addLayout(grid)
        self.recordButton.clicked.connect(self.record)
        self.countryEdit.returnPressed.connect(self.record)
        self.removeButton.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def refresh(self, groups: list[str] | None = None) -> None:
        """Show the critical inputs; the page passes the groups it has just read."""
        dossier_id = self._dossier()
        self._rows = [] if dossier_id is None else self._service.inputs(dossier_id, groups)
        knowledge = self._service.knowledge
        self.table.setRowCount(0)
        self.inputCombo.clear()
        for row in self._rows:
            group = knowledge.group(row.group_id).name(self._language)
            good = knowledge.goods[row.good].label(self._language)
            assumed = "; ".join(self._share(item) for item in row.assumed)
            if row.traced:
                assumed = f"{assumed} — {text('replaced', self._language)}"
                traced = "; ".join(
                    text("on", self._language).format(
                        country=knowledge.country(t.country).name(self._language), date=t.recorded_on)
                    for _id, t in row.traced
                )
            else:
                traced = text("not_traced", self._language)
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, value in enumerate((group, good, assumed, traced)):
                self.table.setItem(at, column, QTableWidgetItem(value))
            self.inputCombo.addItem(f"{group} — {good}", (row.group_id, row.good))
        self.intro.setText(text("intro" if self._rows else "none", self._language))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _share(self, item) -> str:
        knowledge = self._service.knowledge
        source = knowledge.sources[item.source_id]
        return text("share", self._language).format(
            share=item.share_percent, country=knowledge.country(item.country).name(self._language),
            year=item.year, source=source.short_title, edition=source.edition,
        )

    def _update_buttons(self) -> None:
        enabled = bool(self._rows)
        self.inputCombo.setEnabled(enabled)
        self.countryEdit.setEnabled(enabled)
        self.recordButton.setEnabled(enabled)
        current = self.table.currentRow()
        self.removeButton.setEnabled(0 <= current < len(self._rows) and bool(self._rows[current].traced))

    def _country_code(self, typed: str) -> str:
        knowledge = self._service.knowledge
        if typed.strip().upper() in knowledge.countries:
            return typed.strip().upper()
        found = knowledge.search_countries(typed, self._language)
        return found[0].code if found else typed

    def record(self) -> None:
        dossier_id, chosen = self._dossier(), self.inputCombo.currentData()
        if dossier_id is None:
            return
        if chosen is None:
            show_error(self.error, text("choose", self._language), self.inputCombo)
            return
        try:
            self._service.record(dossier_id, chosen[0], chosen[1], self._country_code(self.countryEdit.text()))
        except UserError as error:
            show_error(self.error, error.message(self._language), self.countryEdit)
            return
        show_error(self.error, None, self.countryEdit)
        self.countryEdit.clear()
        self.refresh()
        self._stored()

    def remove(self) -> None:
        dossier_id, current = self._dossier(), self.table.currentRow()
        if dossier_id is None or not 0 <= current < len(self._rows) or not self._rows[current].traced:
            return
        for entry_id, _traced in self._rows[current].traced:
            self._service.remove(dossier_id, entry_id)
        self.refresh()
        self._stored()
