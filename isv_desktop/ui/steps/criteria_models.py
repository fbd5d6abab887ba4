"""Item models of step 3: criteria to add (suggestions, library) and the dossier's chosen criteria."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...domain.annex import FIRST_PART_NUMBER, AnnexPart
from ...domain.criteria import (
    AmbitionLevel,
    ChosenCriterion,
    CriteriaLibrary,
    Criterion,
    CriterionType,
    TenderPhase,
    has_newer_version,
    text_differs,
)
from ...domain.legal_basis import legal_context_line
from ...domain.percentages import WEIGHT_PLACES, format_percent
from ...domain.themes import Theme
from ..palette_colours import MUTED, text_colour
from .criteria_format import part_of

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOOLTIP_CHARS = 400


def _tooltip(text: str) -> str:
    return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS].rstrip() + " …"


def _type_tooltip(criterion: Criterion, language: str, legal_context: str) -> str:
    """The type with its article and, on a line of its own, the further legal context it cites.

    ``legal_context`` is the translated "Wettelijk kader: {items}".
    """
    tip = f"{criterion.type.label(language)} ({criterion.type.legal_basis(language)})"
    if criterion.legal_basis:
        tip += "\n" + legal_context.format(items=legal_context_line(criterion.legal_basis, language))
    return tip


class CriterionTableModel(QAbstractTableModel):
    """Library criteria to add, one per row; the last-but-one column is the themes or the reason."""

    TITLE, TYPE, LEVEL, DETAIL, STATUS = range(5)

    def __init__(self, language: str, reason_column: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._reason_column = reason_column
        self._criteria: list[Criterion] = []
        self._chosen_ids: frozenset[str] = frozenset()
        self._chosen_families: frozenset[str] = frozenset()
        self._reason: Callable[[Criterion], str] = lambda _c: ""

    def set_criteria(
        self,
        criteria: Sequence[Criterion],
        chosen: Sequence[ChosenCriterion],
        library: CriteriaLibrary,
        reason: Callable[[Criterion], str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._criteria = list(criteria)
        self._chosen_ids = frozenset(c.criterion_id for c in chosen)
        self._chosen_families = frozenset(
            library[c.criterion_id].family for c in chosen if c.criterion_id in library
        )
        if reason is not None:
            self._reason = reason
        self.endResetModel()

    def criterion(self, row: int) -> Criterion:
        return self._criteria[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        detail = self.tr("Waarom voorgesteld") if self._reason_column else self.tr("Thema's")
        return [self.tr("Titel"), self.tr("Soort"), self.tr("Niveau"), detail, self.tr("In dossier")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        criterion = self._criteria[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(criterion, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TYPE:
                return _type_tooltip(criterion, self._language, self.tr("Wettelijk kader: {items}"))
            if column == self.DETAIL:
                return self._display(criterion, column)
            return _tooltip(criterion.text(self._language))
        if role == ID_ROLE:
            return criterion.id
        if role == Qt.ItemDataRole.ForegroundRole and criterion.id in self._chosen_ids:
            return text_colour(MUTED)
        return None

    def _display(self, criterion: Criterion, column: int) -> str:
        language = self._language
        if column == self.TITLE:
            return criterion.title(language)
        if column == self.TYPE:
            return criterion.type.label(language)
        if column == self.LEVEL:
            return criterion.level.label(language)
        if column == self.DETAIL:
            if self._reason_column:
                return self._reason(criterion)
            if criterion.general:
                return self.tr("alle (algemeen)")
            return ", ".join(t.label(language) for t in Theme if t in criterion.themes)
        if criterion.id in self._chosen_ids:
            return self.tr("gekozen")
        if criterion.family in self._chosen_families:
            return self.tr("ander niveau gekozen")
        return ""


class LibraryFilterModel(QSortFilterProxyModel):
    """Shows the library criteria of one type, level and theme that hold the search words."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._type: CriterionType | None = None
        self._level: AmbitionLevel | None = None
        self._theme: Theme | None = None
        self._words: tuple[str, ...] = ()

    def set_filter(
        self,
        criterion_type: CriterionType | None = None,
        level: AmbitionLevel | None = None,
        theme: Theme | None = None,
        text: str = "",
    ) -> None:
        changing = hasattr(self, "beginFilterChange")  # Qt 6.10 and later
        if changing:
            self.beginFilterChange()
        self._type, self._level, self._theme = criterion_type, level, theme
        self._words = tuple(text.casefold().split())
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 (Qt API)
        source = self.sourceModel()
        assert isinstance(source, CriterionTableModel), "filters the library's table"
        criterion = source.criterion(source_row)
        if self._type is not None and criterion.type is not self._type:
            return False
        if self._level is not None and criterion.level is not self._level:
            return False
        if self._theme is not None and self._theme not in criterion.themes:
            return False
        if self._words:
            haystack = " ".join(
                [criterion.id, criterion.title_nl, criterion.title_en, criterion.text_nl, criterion.text_en,
                 legal_context_line(criterion.legal_basis, "nl"), legal_context_line(criterion.legal_basis, "en")]
            ).casefold()
            return all(word in haystack for word in self._words)
        return True


class ChosenCriteriaModel(QStandardItemModel):
    """The dossier's criteria grouped by annex chapter, numbered as the annex numbers them."""

    NUMBER, TITLE, TYPE, LEVEL, WEIGHT, TEXT = range(6)

    def __init__(self, library: CriteriaLibrary, language: str, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self._shape: tuple = ()
        self.setHorizontalHeaderLabels(
            [self.tr("Nr."), self.tr("Titel"), self.tr("Soort"), self.tr("Niveau"), self.tr("Weging"),
             self.tr("Tekst")]
        )

    def reload(self, chosen: Sequence[ChosenCriterion]) -> bool:
        """Show ``chosen``; returns True when rows were rebuilt (False: only their texts changed)."""
        groups: dict[AnnexPart, list[ChosenCriterion]] = {}
        for choice in sorted(chosen, key=lambda c: c.position):
            groups.setdefault(part_of(choice, self._library), []).append(choice)
        ordered = sorted(groups.items(), key=lambda item: item[0].order)
        shape = tuple((part, tuple(c.criterion_id for c in items)) for part, items in ordered)
        if shape == self._shape:
            for part_row, (_part, items) in enumerate(ordered):
                parent = self.item(part_row, 0)
                for row, choice in enumerate(items):
                    for column, value in enumerate(self._row_texts(choice, "")):
                        if column != self.NUMBER:
                            parent.child(row, column).setText(value)
            return False
        self.removeRows(0, self.rowCount())
        for part_row, (part, items) in enumerate(ordered):
            chapter = FIRST_PART_NUMBER + part_row
            heading = QStandardItem(f"{chapter}\u2002{self.part_label(part)}")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row, choice in enumerate(items, start=1):
                cells = [QStandardItem(text) for text in self._row_texts(choice, f"{chapter}.{row}")]
                for cell in cells:
                    cell.setData(choice.criterion_id, ID_ROLE)
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                criterion = self._library.get(choice.criterion_id)
                if criterion is not None:
                    cells[self.TITLE].setToolTip(_tooltip(criterion.text(self._language)))
                    cells[self.TYPE].setToolTip(
                        _type_tooltip(criterion, self._language, self.tr("Wettelijk kader: {items}")))
                heading.appendRow(cells)
            self.appendRow([heading] + [self._blank() for _ in range(self.TEXT)])
        self._shape = shape
        return True

    def _blank(self) -> QStandardItem:
        item = QStandardItem("")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row_texts(self, choice: ChosenCriterion, number: str) -> list[str]:
        language = self._language
        criterion = self._library.get(choice.criterion_id)
        if criterion is None:
            missing = self.tr("{id} (staat niet meer in de bibliotheek)").format(id=choice.criterion_id)
            return [number, missing, "", "", "", ""]
        weight = ""
        if criterion.type is CriterionType.AWARD_CRITERION:
            value = choice.weight if choice.weight is not None else criterion.default_weight
            weight = format_percent(value, language, WEIGHT_PLACES) if value is not None else self.tr("geen")
        return [
            number,
            criterion.title(language),
            criterion.type.label(language),
            criterion.level.label(language),
            weight,
            self.text_state(choice),
        ]

    def text_state(self, choice: ChosenCriterion) -> str:
        """"aangepast (NL)" when the buyer reworded it, or that the library has a newer version."""
        edited = [code for code, lang in (("NL", "nl"), ("EN", "en")) if text_differs(choice, self._library, lang)]
        parts = []
        if edited:
            parts.append(self.tr("aangepast ({languages})").format(languages=", ".join(edited)))
        if has_newer_version(choice, self._library):
            parts.append(self.tr("nieuwere versie in de bibliotheek"))
        return "; ".join(parts)

    def part_label(self, part: AnnexPart) -> str:
        if part is AnnexPart.ESCALATION:
            return self.tr("Escalatie")
        return TenderPhase(part.value).label(self._language)

    def criterion_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        return index.data(ID_ROLE) if index.isValid() else None

    def index_of(self, criterion_id: str) -> QModelIndex:
        for part_row in range(self.rowCount()):
            parent = self.item(part_row, 0)
            for row in range(parent.rowCount()):
                if parent.child(row, 0).data(ID_ROLE) == criterion_id:
                    return parent.child(row, 0).index()
        return QModelIndex()

    def ids_in_order(self) -> list[str]:
        """The chosen criteria as shown, top to bottom."""
        return [
            self.item(p, 0).child(r, 0).data(ID_ROLE)
            for p in range(self.rowCount())
            for r in range(self.item(p, 0).rowCount())
        ]
