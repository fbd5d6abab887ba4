"""Coloured text in the window reads at 4.5:1 or better in a light and in a dark palette.

The demo's dossiers are shown under each palette; every label with a coloured
style (error and status texts, banners, risk levels) and every item a model
colours (heat-map cells, late due items, supplier and milestone states) is
measured against the background it is drawn on, with WCAG's formula.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QTableWidget, QTreeWidget, QWidget

from isv_desktop.services.demo import fill_with_samples
from isv_desktop.services.session import open_session
from isv_desktop.ui.palette_colours import contrast_ratio

TODAY = date(2027, 3, 10)


def palette_of(window: str, base: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        palette.setColor(role, QColor(base))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(text))
    return palette


PALETTES = {"light": palette_of("#efefef", "#ffffff", "#000000"), "dark": palette_of("#2d2d2d", "#1e1e1e", "#f0f0f0")}


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp):
    before = QApplication.palette()
    QApplication.setPalette(PALETTES[request.param])
    yield PALETTES[request.param]
    QApplication.setPalette(before)


def _colour(value) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else None
    return value if isinstance(value, QColor) else None


def styled_labels(root: QWidget, palette: QPalette) -> list[tuple[str, float]]:
    """(name, contrast) of every label whose style sheet sets a text colour, against its own background."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|\w+)", sheet)
        if text is None:
            continue
        background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6}|\w+)", sheet)
        behind = QColor(background.group(1)) if background else palette.color(QPalette.ColorRole.Window)
        found.append((widget.objectName() or type(widget).__name__, contrast_ratio(QColor(text.group(1)), behind)))
    return found


def _indexes(view: QAbstractItemView) -> list[QModelIndex]:
    """Every index of the view's model (item widgets through their items: Qt keeps
    their models' counting methods private to Python)."""
    if isinstance(view, QTreeWidget):
        items, todo = [], [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while todo:
            item = todo.pop()
            items.append(item)
            todo += [item.child(i) for i in range(item.childCount())]
        return [view.indexFromItem(item, column) for item in items for column in range(view.columnCount())]
    if isinstance(view, QTableWidget):
        return [view.indexFromItem(view.item(row, column)) for row in range(view.rowCount())
                for column in range(view.columnCount()) if view.item(row, column) is not None]
    if isinstance(view, QListWidget):
        return [view.indexFromItem(view.item(row)) for row in range(view.count())]
    model, found, todo = view.model(), [], [QModelIndex()]
    while model is not None and todo:
        parent = todo.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                found.append(model.index(row, column, parent))
            todo.append(model.index(row, 0, parent))
    return found


def coloured_items(root: QWidget, palette: QPalette) -> list[tuple[str, float]]:
    """(view: text, contrast) of every item whose model gives a text colour, against the item's background."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        for index in _indexes(view):
            foreground = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
            if foreground is None:
                continue
            background = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
            behind = background or palette.color(QPalette.ColorRole.Base)
            found.append((f"{view.objectName()}: {index.data()}", contrast_ratio(foreground, behind)))
    return found


def test_coloured_texts_read_in_light_and_dark_palettes(open_window, db_path, palette):
    session = open_session(db_path, today=lambda: TODAY)
    try:
        ids = fill_with_samples(session)
    finally:
        session.close()
    window = open_window(today=TODAY)
    labels, items = styled_labels(window, palette), coloured_items(window, palette)  # the home screen's due list
    for dossier_id in ids:
        view = window.open_dossier(dossier_id)
        for row in range(len(view.pages)):
            view.go_to(row)  # every step shown: each page is built when first shown
        labels += styled_labels(window.dossier_view, palette)
        items += coloured_items(window.dossier_view, palette)
    names = {name.split(":")[0] for name, _ in items}
    assert {"riskTable", "timelineTree", "dueTree"} <= names, names  # heat map, late monitoring and due items
    assert len(labels) >= 10
    assert [(name, round(ratio, 2)) for name, ratio in labels + items if ratio < 4.5] == []
