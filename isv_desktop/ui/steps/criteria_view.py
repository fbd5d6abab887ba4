"""How step 3's lists are set up: which column takes the spare width, which are narrow, which fit their content."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTreeView

from .criteria_models import ID_ROLE, CriterionTableModel

NARROW_COLUMN = 170
NARROW = (CriterionTableModel.TYPE, CriterionTableModel.DETAIL)


def set_up_view(view: QTreeView, model, stretch: int, narrow: tuple[int, ...] = ()) -> None:
    """Give ``view`` its model: one column takes the spare width, ``narrow`` ones get a fixed
    starting width (long labels are elided, the tooltip has them), the others fit their content."""
    view.setModel(model)
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in narrow:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, NARROW_COLUMN)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class ColumnFitter(QObject):
    """Fits the columns of ``view`` that fit their content once per change of what it shows (``fit``, called by
    whoever changed it), and a hidden view when it shows.

    A header that sizes sections to their contents measures every cell of them again at each layout of the
    page (issue 15: several times while the step is first shown, about 14 ms of it with the large dossier);
    these columns are fixed instead, and as wide as that header would make them.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        header = view.header()
        self._columns = [c for c in range(header.count())
                         if header.sectionResizeMode(c) is QHeaderView.ResizeMode.ResizeToContents]
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._unfitted = True
        view.installEventFilter(self)

    @property
    def columns(self) -> list[int]:
        return list(self._columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._view:
            kind = event.type()
            if (kind == QEvent.Type.Show and self._unfitted) or kind in (QEvent.Type.FontChange,
                                                                          QEvent.Type.StyleChange):
                self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Fit the columns to what the view shows now; a hidden view when it shows."""
        self._unfitted = not self._view.isVisible()
        if not self._unfitted:
            for column in self._columns:
                self._view.resizeColumnToContents(column)


def selected_ids(view: QTreeView) -> list[str]:
    """The criterion ids of the selected rows, top to bottom."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [view.model().index(row, 0).data(ID_ROLE) for row in rows]
