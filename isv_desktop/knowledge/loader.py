"""Load the shipped knowledge base, with any later editions the user imported."""
from __future__ import annotations

from pathlib import Path

from ..domain.risk.facts import CriticalInput, Good, Source
from ..domain.risk.knowledge_base import KnowledgeBase
from . import dol_changes, dol_file, ituc_file, reference_files
from .csv_reading import read_csv_file

KNOWLEDGE_FOLDER = "knowledge"
SOURCES_FILE = "sources.csv"
GOOD_NAMES_FILE = "goods_nl.csv"
GROUPS_FILE = "product_groups.csv"
SECTOR_FILE = "sector_profiles.csv"
INPUTS_FILE = "critical_inputs.csv"
COUNTRY_NAMES_SOURCE = "cldr"
INSTALLED = "installed"


class IsoCodeFormat:
    """Accepts any two capital letters: the country names are read later, on first use.

    Shipped files and stored editions are checked against the real list
    (CLDR) when the knowledge base first needs its countries, and by the
    tests; a file being imported is checked against the real list at once.
    """

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()


def knowledge_dir(resources_dir: Path) -> Path:
    return Path(resources_dir) / KNOWLEDGE_FOLDER


def load_knowledge_base(resources_dir: Path, user_editions_dir: Path | None = None) -> KnowledgeBase:
    """Read ``<resources_dir>/knowledge`` (and imported editions in ``user_editions_dir``).

    A broken file raises :class:`KnowledgeFileError` with file and line.
    Country names (Babel) are read when first needed.
    """
    folder = knowledge_dir(resources_dir)
    codes = IsoCodeFormat()

    path = folder / SOURCES_FILE
    rows = read_csv_file(path, reference_files.SOURCE_COLUMNS_REQUIRED, reference_files.SOURCE_COLUMNS_OPTIONAL)
    sources = {s.id: s for s in reference_files.parse_sources(rows, path)}
    if COUNTRY_NAMES_SOURCE in sources and sources[COUNTRY_NAMES_SOURCE].edition == INSTALLED:
        sources[COUNTRY_NAMES_SOURCE] = sources[COUNTRY_NAMES_SOURCE].with_edition(_babel_edition(), "")

    path = folder / GOOD_NAMES_FILE
    dutch = reference_files.parse_good_names(read_csv_file(path, reference_files.GOOD_NAME_COLUMNS), path)

    path = _edition_path(folder, user_editions_dir, "us_dol_goods", sources)
    dol = dol_file.parse_dol_rows(read_csv_file(path, dol_file.REQUIRED, dol_file.OPTIONAL), path, codes)
    if path.parent == folder and (folder / dol_changes.CHANGES_FILE).is_file():
        dol = dol_changes.apply_changes(dol, folder / dol_changes.CHANGES_FILE, codes, sources)

    path = _edition_path(folder, user_editions_dir, "ituc_gri", sources)
    ratings = ituc_file.parse_ituc_rows(read_csv_file(path, ituc_file.REQUIRED, ituc_file.OPTIONAL), path, codes)

    names = dict.fromkeys(dutch) | dict.fromkeys(listing.good for listing in dol.listings)
    goods = [Good(name, dol.dutch_names.get(name) or dutch.get(name) or name) for name in names]

    path = folder / GROUPS_FILE
    rows = read_csv_file(path, reference_files.GROUP_COLUMNS_REQUIRED, reference_files.GROUP_COLUMNS_OPTIONAL)
    groups = reference_files.parse_groups(rows, path, names)

    path = folder / SECTOR_FILE
    sector_risks = reference_files.parse_sector_risks(
        read_csv_file(path, reference_files.SECTOR_COLUMNS, reference_files.SECTOR_COLUMNS_OPTIONAL), path, {g.id for g in groups}, sources
    )
    path = folder / INPUTS_FILE
    critical_inputs: tuple[CriticalInput, ...] = ()
    if path.is_file():
        critical_inputs = reference_files.parse_critical_inputs(
            read_csv_file(path, reference_files.INPUT_COLUMNS, reference_files.INPUT_COLUMNS_OPTIONAL),
            path, {g.id for g in groups}, names, sources,
        )
    return KnowledgeBase(
        sources=sources.values(),
        goods=goods,
        listings=dol.listings,
        ratings=ratings,
        countries=_load_countries,
        groups=groups,
        sector_risks=sector_risks,
        critical_inputs=critical_inputs,
    )


def _load_countries():
    from .countries import load_countries  # Babel's locale data: only when first needed

    return load_countries()


def _babel_edition() -> str:
    import babel

    return f"Babel {babel.__version__}"


def _edition_path(folder: Path, user_editions_dir: Path | None, source_id: str, sources: dict[str, Source]) -> Path:
    """The imported edition's data when there is one (updating ``sources``), else the shipped file."""
    if user_editions_dir is None or not (Path(user_editions_dir) / source_id).is_dir():
        return folder / f"{source_id}.csv"
    from .edition_files import edition_data_path, read_edition_info

    info = read_edition_info(user_editions_dir, source_id)
    if info is None:
        return folder / f"{source_id}.csv"
    sources[source_id] = sources[source_id].with_edition(info.edition, info.published)
    return edition_data_path(user_editions_dir, source_id)
