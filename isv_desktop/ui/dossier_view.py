"""One open dossier: the step list on the side, the step page, Back and Next."""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.damaged_parts import DamagedPartError
from ..domain.dossier import Dossier
from ..domain.progress import DossierProgress, StepState
from ..domain.steps import StepId
from ..services.changes import EVERYTHING
from ..services.dossiers import DossierService
from ..services.progress import DossierProgressService
from .change_relay import ChangeRelay, Freshness
from .help_panel import HelpPanel
from .labels import step_label
from .palette_colours import DAMAGE, banner
from .steps.step_factory import StepFactory
from .steps.step_page import StepPage

COMPLETE_MARK = "✓"
NOT_NEEDED_MARK = "–"
OPEN_MARK = "○"


class DossierView(QWidget):
    """Shows the steps that exist; later steps are added by passing more page factories."""

    back_to_list = Signal()

    def __init__(
        self,
        dossiers: DossierService,
        page_factories: list[Callable[[], StepPage]],
        language: str,
        show_help: bool = True,
        parent=None,
        *,
        progress: DossierProgressService,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self._dossiers = dossiers
        self._progress = progress  # what the step list's marks show: domain.progress, not the pages
        self._dossier_id: int | None = None
        self._language = language
        self._rows_shown: dict[int, int] = {}  # per dossier, the step last shown in this session (not stored)
        self._shown_progress: DossierProgress | None = None  # what the marks, Next and Back show
        self._changes = changes
        self._show_help = show_help
        self._factories: list[Callable[[], StepPage]] = list(page_factories)
        # each page is built when first shown or asked for (issue 15: building all five made the first opening
        # wait for them); a plain factory that does not say its step is built now, to learn it
        self._built: list[StepPage | None] = []
        self._steps: list[StepId] = []
        for factory in self._factories:
            page = None if isinstance(factory, StepFactory) else factory()
            self._built.append(page)
            self._steps.append(factory.step_id if isinstance(factory, StepFactory) else stored(page).step_id)
        self.pages: Sequence[StepPage] = _BuiltOnAsking(len(self._steps), self._page)
        self.help_panels: Sequence[HelpPanel] = _BuiltOnAsking(len(self._steps), self._help_panel)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("dossierTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.list_button = QPushButton(self.tr("← Alle dossiers"), self)
        self.list_button.setObjectName("backToListButton")
        self.list_button.setToolTip(self.tr("Terug naar het overzicht (Alt+Home)"))
        self.list_button.clicked.connect(self._leave)

        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setMaximumWidth(260)
        self.step_list.setAccessibleName(self.tr("Stappen van het dossier"))
        self.stack = QStackedWidget(self)
        self._help: dict[int, HelpPanel] = {}  # per step built: its help panel
        self.damage_labels: list[QLabel] = []  # per step: what of it cannot be read (a damaged stored value)
        self._freshness: dict[int, Freshness] = {}  # per step built: read again when a use case changed what it shows
        self._holders: list[QWidget] = []
        self._scrolls: list[QScrollArea] = []
        for step in self._steps:
            item = QListWidgetItem(step_label(step))
            self.step_list.addItem(item)
            holder = QWidget(self)
            holder_layout = QVBoxLayout(holder)
            damage = QLabel(holder)
            damage.setObjectName("damagedStepLabel")
            damage.setWordWrap(True)
            damage.setTextFormat(Qt.TextFormat.PlainText)
            damage.setStyleSheet(banner(DAMAGE).style("QLabel", "8px"))
            damage.hide()
            self.damage_labels.append(damage)
            holder_layout.addWidget(damage)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)
            self._holders.append(holder)
            self._scrolls.append(scroll)
        for row, page in enumerate(self._built):
            if page is not None:
                self._place(row, page)
        # the marks and the title follow any change, made here or in a dialog
        self._marks = Freshness(changes, self, EVERYTHING, self._refresh_marks) if changes is not None else None

        self.back_button = QPushButton(self.tr("< &Vorige"), self)
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("V&olgende >"), self)
        self.next_button.setObjectName("nextButton")
        self.back_button.clicked.connect(lambda: self._go_along(backwards=True))
        self.next_button.clicked.connect(lambda: self._go_along(backwards=False))
        self.step_list.currentRowChanged.connect(self._step_chosen)
        # Alt+Home (back to the list) is the main window's "Alle dossiers" action: bound once, so it works.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_button.click)  # slot: connected to activated
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.back_button.click)

        header = QHBoxLayout()
        header.addWidget(self.list_button)
        header.addWidget(self.title_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    @property
    def dossier_id(self) -> int | None:
        return self._dossier_id

    def built_steps(self) -> list[StepId]:
        """The steps whose page is built (the others are built when first shown or asked for)."""
        return [step for step, page in zip(self._steps, self._built, strict=True) if page is not None]

    def _page(self, row: int) -> StepPage:
        """The page of step ``row``, built (and loaded with the open dossier) the first time it is needed."""
        page = self._built[row]
        if page is None:
            page = self._built[row] = self._factories[row]()
            self._place(row, page)
            if self._dossier_id is not None:
                self._load(page, self.damage_labels[row], self._dossier_id)
                if not self.damage_labels[row].isHidden():
                    self._refresh_marks()  # a step that cannot be read is not complete
        return page

    def _help_panel(self, row: int) -> HelpPanel:
        self._page(row)
        return self._help[row]

    def _place(self, row: int, page: StepPage) -> None:
        """Put a page just built under its help panel, and keep it current."""
        holder, scroll, damage = self._holders[row], self._scrolls[row], self.damage_labels[row]
        help_panel = HelpPanel(page.help_topic, self._language, expanded=self._show_help, parent=holder)
        self._help[row] = help_panel
        layout = holder.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, help_panel)
        layout.addWidget(page)
        page.stored.connect(partial(self._page_stored, page))
        if self._changes is not None:
            self._freshness[row] = Freshness(
                self._changes, scroll, page.shows, partial(self._reload, page, damage), partial(self._is_showing, scroll))

    def open(self, dossier_id: int) -> None:
        self._dossier_id = dossier_id
        for page, damage in zip(self._built, self.damage_labels, strict=True):
            if page is not None:
                self._load(page, damage, dossier_id)
            else:
                damage.hide()  # read when the page is built
        dossier = self._dossiers.get(dossier_id)
        steps = self._steps
        start = steps.index(dossier.current_step) if dossier.current_step in steps else 0
        start = self._rows_shown.get(dossier_id, start)
        for freshness in self._freshness.values():
            freshness.mark_fresh()  # every page built was read just now
        self._refresh_marks(dossier)
        self.step_list.setCurrentRow(-1)
        self.step_list.setCurrentRow(start)

    def _load(self, page: StepPage, damage: QLabel, dossier_id: int) -> None:
        """Load one step; a part of it that cannot be read is said on that step, which stays closed (nothing is
        written), and the other steps work. Step 2 handles a damaged scan itself, so 'Scan again' can replace it."""
        try:
            page.load(dossier_id)
        except DamagedPartError as error:
            damage.setText(error.message(self._language))
            damage.show()
            page.hide()
            return
        damage.hide()
        page.show()

    def _is_showing(self, scroll: QScrollArea) -> bool:
        return self.isVisible() and self.stack.currentWidget() is scroll

    def _reload(self, page: StepPage, damage: QLabel) -> None:
        if self._dossier_id is not None:
            self._load(page, damage, self._dossier_id)

    def go_to(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.step_list.setCurrentRow(row)

    def go_to_step(self, step) -> None:
        """Show the page of ``step`` (a StepId), if this view has it."""
        for row, step_id in enumerate(self._steps):
            if step_id is step:
                self.go_to(row)
                return

    def _neighbours(self) -> tuple[object, object]:
        """The steps Back and Next go to, as the progress model says (steps not needed are passed over)."""
        row = self.step_list.currentRow()
        if self._shown_progress is None or not 0 <= row < len(self._steps):
            return None, None
        step, shown = self._steps[row], self._steps
        return self._shown_progress.preceding(step, shown), self._shown_progress.following(step, shown)

    def _go_along(self, backwards: bool) -> None:
        preceding, following = self._neighbours()
        target = preceding if backwards else following
        if target is not None:
            self.go_to_step(target)

    def _update_buttons(self) -> None:
        preceding, following = self._neighbours()
        self.back_button.setEnabled(preceding is not None)
        self.next_button.setEnabled(following is not None)
        action = self._shown_progress.next_action if self._shown_progress is not None else None
        self.next_button.setToolTip(action.missing.text(self._language) if action is not None else "")

    def current_page(self) -> StepPage:
        return self._page(self.step_list.currentRow())

    def flush(self) -> None:
        for page in self._built:
            flush = getattr(page, "flush", None)
            if flush:
                flush()

    def _step_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        self._page(row)  # built and read the first time it is shown
        self.stack.setCurrentIndex(row)
        self._update_buttons()
        if self._dossier_id is not None:
            self._rows_shown[self._dossier_id] = row  # looking at a step is not editing: nothing is stored

    def _page_stored(self, page: StepPage) -> None:
        """An edit on ``page``: its step becomes the dossier's step (the one the list shows and it opens at)."""
        if self._dossier_id is not None and self._dossiers.get(self._dossier_id).current_step is not page.step_id:
            self._dossiers.edit(self._dossier_id, "current_step", page.step_id.value)
        row = self._built.index(page)
        if row in self._freshness:
            self._freshness[row].mark_fresh()  # the page shows its own edit already
        self._refresh_marks()
        if self._marks is not None:
            self._marks.mark_fresh()

    def _refresh_marks(self, dossier: Dossier | None = None) -> None:
        """The title and each step's mark; ``dossier`` is the dossier's record when just read (else read here)."""
        if self._dossier_id is None:
            return
        if dossier is None:
            dossier = self._dossiers.get(self._dossier_id)
        self.title_label.setText(dossier.title)
        progress = self._shown_progress = self._progress.status(self._dossier_id, dossier)
        for row, step_id in enumerate(self._steps):
            step = progress.step(step_id)
            item = self.step_list.item(row)
            if step.state is StepState.NOT_NEEDED and step.not_needed is not None:  # a step not needed says why
                mark, state = NOT_NEEDED_MARK, step.not_needed.text(self._language)
            else:
                complete = self.damage_labels[row].isHidden() and step.complete
                mark = COMPLETE_MARK if complete else OPEN_MARK
                state = self.tr("compleet") if complete else self.tr("nog niet compleet")
            item.setText(f"{mark}  {step_id.number}. {step_label(step_id)}")
            item.setToolTip("\n".join([state] + [f"• {m.text(self._language)}" for m in step.missing]))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
        self._update_buttons()

    def _leave(self) -> None:
        self.flush()
        self.back_to_list.emit()


class _BuiltOnAsking(Sequence):
    """A read-only list whose items are made the first time they are asked for (by ``make(row)``)."""

    def __init__(self, length: int, make: Callable[[int], object]) -> None:
        self._length = length
        self._make = make

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, row):  # a row, or a slice of rows
        if isinstance(row, slice):
            return [self._make(r) for r in range(*row.indices(self._length))]
        if row < 0:
            row += self._length
        if not 0 <= row < self._length:
            raise IndexError(row)
        return self._make(row)


def stored(page: StepPage | None) -> StepPage:
    assert page is not None, "a page built at once"
    return page
