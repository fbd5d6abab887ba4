"""The report's figures on screen: one block per section, the same labelled rows as the PDF and the workbook.

``export/report_rows.figure_sections`` says what each row is; here a row that
is indented in the PDF hangs under the row above it, so a block reads as
"tenders started — of which above the threshold — …". Rows a target can be
set on are marked.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ..domain.yearly_report import YearlyReport
from ..export.report_rows import FigureRow, figure_sections
from ..export.report_texts import text
from .narrowing import child_items, top_level_items

KEY_ROLE = Qt.ItemDataRole.UserRole  # the figure key on rows that are target figures
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section id on section items
COUNT, OF, SHARE = 1, 2, 3
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def set_up_figure_tree(tree: QTreeWidget, language: str) -> None:
    tree.setColumnCount(4)
    tree.setHeaderLabels([text("col.figure", language), text("col.count", language), text("col.of", language),
                          text("col.share", language)])
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (COUNT, OF, SHARE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, 84)
        tree.headerItem().setTextAlignment(column, NUMBER_ALIGNMENT)


def _row_item(row: FigureRow, language: str, target_hint: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([row.label, str(row.count), str(row.share.of) if row.share else "",
                            row.share.display(language) if row.share else ""])
    for column in (COUNT, OF, SHARE):
        item.setTextAlignment(column, NUMBER_ALIGNMENT)
    item.setToolTip(0, row.label + ("\n" + target_hint if row.key else ""))
    if row.key:
        item.setData(0, KEY_ROLE, row.key)
    return item


def fill_figure_tree(tree: QTreeWidget, report: YearlyReport, language: str, target_hint: str) -> None:
    """Show every figure of ``report``, section by section, all open."""
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)
    for number, section in enumerate(figure_sections(report, language), start=1):
        top = QTreeWidgetItem([f"{number}  {section.title}"])
        top.setFont(0, bold)
        top.setData(0, SECTION_ROLE, section.id)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        parents = {0: top}
        for row in section.rows:
            parent = parents.get(row.indent) or parents[max(level for level in parents if level <= row.indent)]
            item = _row_item(row, language, target_hint)
            parent.addChild(item)
            parents = {level: p for level, p in parents.items() if level <= row.indent}
            parents[row.indent + 1] = item
    tree.expandAll()


def figure_rows(tree: QTreeWidget) -> dict[str, tuple[str, ...]]:
    """Every row as label → (count, of, share), for tests and screen-reader summaries."""
    rows: dict[str, tuple[str, ...]] = {}

    def walk(item: QTreeWidgetItem) -> None:
        for child in child_items(item):
            rows[child.text(0)] = tuple(child.text(column) for column in (COUNT, OF, SHARE))
            walk(child)

    for top in top_level_items(tree):
        walk(top)
    return rows
