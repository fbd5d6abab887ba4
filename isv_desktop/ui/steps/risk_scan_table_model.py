"""The risk table: one row per theme, one column per country of production (and "origin unknown")."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ...domain.risk.assessment import THEMES, ScanResult, ThemeAssessment
from ...domain.risk.knowledge_base import KnowledgeBase
from ...domain.themes import Theme
from ..palette_colours import ACCENT, text_colour
from .risk_scan_labels import (
    level_colours,
    level_label,
    level_text,
    origin_unknown_label,
    theme_title,
)

ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's :class:`ThemeAssessment`."""
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
"""The id of the cell's :class:`RiskLevel` ("high", "medium", "low", "unknown")."""
_COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)

Index = QModelIndex | QPersistentModelIndex


class RiskTableModel(QAbstractTableModel):
    def __init__(self, knowledge: KnowledgeBase, language: str, parent=None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._language = language
        self._result: ScanResult | None = None
        # What each cell answered, until the next result: the view asks every cell for the same roles again and
        # again (fitting the columns twice, then painting); colours are kept per palette (its cache key)
        self._answers: dict[tuple[int, int, int, int], object] = {}

    def set_result(self, result: ScanResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._answers.clear()
        self.endResetModel()

    @property
    def result(self) -> ScanResult | None:
        return self._result

    # -- shape ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() or self._result is None else len(THEMES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() or self._result is None else len(self._result.columns)

    def theme_at(self, row: int) -> Theme:
        return THEMES[row]

    def column_at(self, column: int) -> str | None:
        assert self._result is not None
        return self._result.columns[column]

    def assessment(self, index: Index) -> ThemeAssessment | None:
        if self._result is None or not index.isValid():
            return None
        return self._result.cell(self.theme_at(index.row()), self.column_at(index.column()))

    def column_title(self, column: str | None) -> str:
        if column is None:
            return origin_unknown_label()
        return f"{self._knowledge.country(column).name(self._language)} ({column})"

    # -- content -------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (index.row(), index.column(), role,
               QGuiApplication.palette().cacheKey() if role in _COLOUR_ROLES else 0)
        try:
            return self._answers[key]
        except KeyError:
            answer = self._answers[key] = self._answer(index, role)
            return answer

    def _answer(self, index: Index, role: int):
        assessment = self.assessment(index)
        if assessment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return level_text(assessment.level, assessment.depends_on_origin)
        if role == Qt.ItemDataRole.BackgroundRole:
            return level_colours(assessment.level)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return level_colours(assessment.level)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explanation(assessment)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            column = self.column_title(self.column_at(index.column()))
            return f"{theme_title(assessment.theme)}, {column}: {level_label(assessment.level)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ASSESSMENT_ROLE:
            return assessment
        if role == LEVEL_ROLE:
            return assessment.level.value
        return None

    def explanation(self, assessment: ThemeAssessment) -> str:
        """Every reason with its source and edition, then the notes; plain text."""
        lines = [f"• {reason.cited(self._language)}" for reason in assessment.reasons]
        lines.extend(assessment.notes(self._language))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self._result is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return theme_title(self.theme_at(section)) if 0 <= section < len(THEMES) else None
        if 0 <= section < len(self._result.columns):
            return self.column_title(self._result.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LevelCellDelegate(QStyledItemDelegate):
    """Keeps a cell's level colour when it is selected, and marks the selection with a thick frame.

    Only painting is overridden: measuring a cell (``sizeHint``, for every cell when the columns are fitted)
    stays in Qt and does not call into Python for each cell's style option."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, index)
        if selected:
            painter.save()
            painter.setPen(QPen(text_colour(ACCENT, option.palette), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class RiskTableFitter(QObject):
    """Sizes the risk table: all nine rows without an inner scroll bar; columns share the width when
    they fit, and keep their full header text (with a horizontal scroll bar) when they do not."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._unfitted = False  # a result came while the table was hidden: fitted when it shows
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fitted when shown (see fit)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.installEventFilter(self)
        table.model().modelAboutToBeReset.connect(self._before_reset)
        table.model().modelReset.connect(self.fit)
        table.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._table and event.type() == QEvent.Type.Resize:
            if self._table.isVisible():
                self._fit_columns()
            else:
                self._unfitted = True
        elif watched is self._table and event.type() == QEvent.Type.Show and self._unfitted:
            self.fit()
        return super().eventFilter(watched, event)

    def _before_reset(self) -> None:
        """A hidden table gets fixed columns before a new result comes in: a header that sizes its sections
        to their contents measures every cell of the result at once, though nothing of it shows yet."""
        if not self._table.isVisible():
            self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def fit(self) -> None:
        """Fit the table to its result; a hidden table (another step or tab shows) when it is shown: measuring
        every cell of a large scan is the larger part of loading step 2."""
        self._unfitted = not self._table.isVisible()
        if self._unfitted:
            return
        self._fit_columns()
        self._fit_height()

    def _fit_columns(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
        )
        fits = needed <= table.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.ResizeToContents
        if header.count() and header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(mode)

    def _fit_height(self) -> None:
        table = self._table
        scroll_bar = table.horizontalScrollBar()
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        height += 2 * table.frameWidth() + (scroll_bar.sizeHint().height() if scroll_bar.maximum() > 0 else 0)
        table.setFixedHeight(height)
