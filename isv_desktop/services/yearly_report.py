"""The organisation's view: its settings, targets on the report's figures, and the yearly ISV report.

The figures come from SQL aggregation in ``ReportRepository``; nothing here
loads the dossiers one by one. The same file and year give the same report
(no "today" is read): the tests and the command line rely on that.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic_file import write_bytes_atomically
from ..domain.deadlines import Deadlines
from ..domain.report_json import report_as_json
from ..domain.report_targets import (
    ReportInputError,
    Target,
    check_year,
    make_target,
    target_progress,
    years_needed,
)
from ..domain.risk_scan_record import validate_text
from ..domain.yearly_report import (
    FIGURES,
    FIGURES_BY_KEY,
    MAX_LOGO_BYTES,
    REPORT_LANGUAGES,
    FigureBlock,
    FigureDefinition,
    MonitoringFigures,
    OrganisationSettings,
    Share,
    SupplierFigures,
    TenderFigures,
    YearlyReport,
)
from ..storage.report_repository import ReportRepository, library_parameter, periods_parameter
from .changes import Change
from .use_case import use_case

if TYPE_CHECKING:
    from .session import Session

_KEEP: Any = object()  # "leave this setting as it is"
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
MAX_REASON = 2000


class ReportService:
    changes = frozenset({Change.REPORT})  # what its use cases store (services.changes)

    def __init__(self, session: "Session") -> None:
        self._session = session
        self._database = session.database
        self._repository = ReportRepository(session.database)
        self._library: str | None = None
        self._edition = ""

    @property
    def database_path(self) -> Path:
        """The dossier file: the report window computes in a worker with its own connection to it."""
        return Path(self._database.path)

    # -- organisation settings -------------------------------------------------------------
    def organisation(self) -> OrganisationSettings:
        return self._repository.organisation()

    @use_case
    def set_organisation(
        self, *, name: str = _KEEP, logo: bytes | None = _KEEP, logo_name: str | None = _KEEP,
        language: str = _KEEP, deadlines: Deadlines | tuple[int, int, int] = _KEEP,
    ) -> OrganisationSettings:
        """Change the settings given (``logo=None`` removes the logo); on a bad value nothing is stored."""
        current = self._repository.organisation()
        changes: dict[str, Any] = {}
        if name is not _KEEP:
            changes["name"] = validate_text(str(name), 500).strip()
        if logo is not _KEEP:
            changes["logo"] = self._checked_logo(logo)
            changes["logo_name"] = None if logo is None else (logo_name if logo_name is not _KEEP else current.logo_name)
        elif logo_name is not _KEEP:
            changes["logo_name"] = logo_name
        if language is not _KEEP:
            if language not in REPORT_LANGUAGES:
                raise ReportInputError("report.language")
            changes["language"] = language
        if deadlines is not _KEEP:
            try:
                changes["deadlines"] = deadlines if isinstance(deadlines, Deadlines) else Deadlines(*map(int, deadlines))
            except (TypeError, ValueError):
                raise ReportInputError("criteria.weeks") from None
        settings = OrganisationSettings(**{
            "name": current.name, "logo": current.logo, "logo_name": current.logo_name,
            "language": current.language, "deadlines": current.deadlines, **changes,
        })
        self._repository.save_organisation(settings)
        return self._repository.organisation()

    @staticmethod
    def _checked_logo(logo: bytes | None) -> bytes | None:
        if logo is None:
            return None
        data = bytes(logo)
        if len(data) > MAX_LOGO_BYTES or not data.startswith(_IMAGE_SIGNATURES):
            raise ReportInputError("report.logo", limit_mb=MAX_LOGO_BYTES // (1024 * 1024))
        from ..export.report_pdf import logo_size  # reportlab loads only when a logo is set

        try:
            logo_size(data)
        except Exception:  # any decoding failure means the picture cannot be printed
            raise ReportInputError("report.logo", limit_mb=MAX_LOGO_BYTES // (1024 * 1024)) from None
        return data

    # -- targets ---------------------------------------------------------------------------------
    @staticmethod
    def figures() -> tuple[FigureDefinition, ...]:
        """The shares a target can be set on."""
        return FIGURES

    def targets(self) -> tuple[Target, ...]:
        return self._repository.targets()

    @use_case
    def add_target(
        self, figure: str, goal: object, year: object, milestones: Mapping[object, object] | None = None
    ) -> Target:
        target = make_target(figure, goal, year, milestones)
        target_id = self._repository.add_target(target)
        return next(t for t in self._repository.targets() if t.id == target_id)

    @use_case
    def remove_target(self, target_id: int) -> None:
        if not self._repository.remove_target(target_id):
            raise ReportInputError("report.target_not_found", target_id=target_id)

    # -- dossiers left out ----------------------------------------------------------------------------
    @use_case
    def leave_out(self, dossier_id: int, reason: str) -> None:
        """Leave the dossier out of every figure; the reason shows in the report's notes."""
        self._session.dossiers.get(dossier_id)  # raises when it does not exist
        reason = validate_text(str(reason), MAX_REASON).strip()
        if not reason:
            raise ReportInputError("report.reason")
        self._repository.leave_out(dossier_id, reason, self._session.today())

    @use_case
    def include(self, dossier_id: int) -> None:
        self._repository.include(dossier_id)

    def left_out_reason(self, dossier_id: int) -> str | None:
        return self._repository.left_out_reason(dossier_id)

    # -- the report ------------------------------------------------------------------------------------
    def _parameters(self) -> tuple[str, str]:
        if self._library is None:
            library = self._session.criteria.library
            self._library = library_parameter({c.id: c.type for c in library})
            self._edition = library.edition
        return periods_parameter(self._session.applicability.periods()), self._library

    def _block(self, block: FigureBlock, year: int, periods: str, library: str) -> dict[str, Share]:
        figures: TenderFigures | SupplierFigures | MonitoringFigures
        if block is FigureBlock.TENDERS:
            figures = self._repository.tender_figures(year, periods, library)
        elif block is FigureBlock.SUPPLIERS:
            figures = self._repository.supplier_figures(year)
        else:
            figures = self._repository.monitoring_figures(year)
        return figures.shares()

    def compute(self, year: int) -> YearlyReport:
        """Every figure of ``year`` by SQL aggregation, with the targets' progress."""
        year = check_year(year)
        periods, library = self._parameters()
        repository = self._repository
        tenders = repository.tender_figures(year, periods, library)
        suppliers = repository.supplier_figures(year)
        monitoring = repository.monitoring_figures(year)
        scanned, themes = repository.themes_rated_high(year)
        known: dict[tuple[FigureBlock, int], dict[str, Share]] = {
            (FigureBlock.TENDERS, year): tenders.shares(),
            (FigureBlock.SUPPLIERS, year): suppliers.shares(),
            (FigureBlock.MONITORING, year): monitoring.shares(),
        }
        progress = []
        for target in repository.targets():
            definition = FIGURES_BY_KEY.get(target.figure)
            actuals: dict[int, Share] = {}
            if definition is not None:
                for needed in years_needed(target, year):
                    key = (definition.block, needed)
                    if key not in known:
                        known[key] = self._block(definition.block, needed, periods, library)
                    actuals[needed] = known[key][target.figure]
            progress.append(target_progress(target, actuals, year))
        return YearlyReport(
            year=year,
            organisation=repository.organisation(),
            library_edition=self._edition,
            tenders=tenders,
            reasons=repository.reasons(year, periods, library),
            scanned=scanned,
            themes=themes,
            consultations=repository.consultations(year),
            suppliers=suppliers,
            monitoring=monitoring,
            targets=tuple(progress),
            dossiers=repository.dossier_lines(year, periods, library),
            left_out=repository.left_out(),
        )

    def report_json(self, year: int, report: YearlyReport | None = None) -> dict[str, Any]:
        """Every figure of the report as JSON-ready data."""
        return report_as_json(report or self.compute(year))

    def write_pdf(self, year: int, target: Path, language: str | None = None,
                  report: YearlyReport | None = None) -> bytes:
        """Write the report as a PDF to publish (through a temporary file, then renamed); returns its bytes."""
        from ..export.report_pdf import build_report_pdf  # reportlab loads only when a PDF is made

        report = report or self.compute(year)
        data = build_report_pdf(report, self._language(language, report))
        write_bytes_atomically(Path(target), data)
        return data

    def write_xlsx(self, year: int, target: Path, language: str | None = None,
                   report: YearlyReport | None = None) -> None:
        """Write the figures and the dossier list as an xlsx (through a temporary file, then renamed)."""
        from ..export.report_xlsx import write_report_xlsx  # openpyxl loads only when a workbook is made

        report = report or self.compute(year)
        write_report_xlsx(report, self._language(language, report), Path(target))  # whole or not at all

    @staticmethod
    def _language(language: str | None, report: YearlyReport) -> str:
        chosen = language or report.organisation.language
        if chosen not in REPORT_LANGUAGES:
            raise ReportInputError("report.language")
        return chosen


__all__ = ["ReportService", "ReportInputError"]
