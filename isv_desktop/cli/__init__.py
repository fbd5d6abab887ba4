"""The command line: ``isv-desktop`` starts the window; subcommands use the same services.

User mistakes print a message on stderr and exit non-zero, without a traceback.
"""
from __future__ import annotations

import argparse
import errno
import sqlite3
import sys
from pathlib import Path

from ..domain.file_errors import file_write_error
from ..domain.messages import UserError
from .text_arguments import print_file_names_exactly, refuse_text_not_utf8

EXIT_USER_ERROR = 2
SUBCOMMANDS = (
    "demo", "dossier", "scan", "annex", "due", "signal", "questionnaire", "report", "export", "import", "applicability",
)


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="dossier file (SQLite)")
    common.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help="language")
    return common


def build_parser(with_subcommands: bool = True) -> argparse.ArgumentParser:
    """The full parser; without subcommands (starting the window) it stays cheap to build."""
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="isv-desktop",
        description="ISV Desktop — Internationale Sociale Voorwaarden in aanbestedingen.",
        parents=[common],
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the database and main window, then exit (startup check)",
    )
    if not with_subcommands:
        parser.set_defaults(command=None)
        return parser
    from . import (
        annex_command,
        applicability_command,
        dossier_commands,
        export_commands,
        monitoring_commands,
        questionnaire_commands,
        report_command,
        scan_command,
    )

    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    dossier_commands.register(subcommands, common)
    scan_command.register(subcommands, common)
    annex_command.register(subcommands, common)
    monitoring_commands.register(subcommands, common)
    questionnaire_commands.register(subcommands, common)
    report_command.register(subcommands, common)
    export_commands.register(subcommands, common)
    applicability_command.register(subcommands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    starts_window = not any(word in SUBCOMMANDS or word in ("-h", "--help") for word in argv)
    parser = build_parser(with_subcommands=not starts_window)
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    try:
        print_file_names_exactly()
        refuse_text_not_utf8(args)  # text that is not UTF-8: exit 2 with a message
        if args.command is None:
            from ..ui import before_qt  # noqa: F401 (the Qt-free modules first: PySide6 reads those after it)
            from ..ui.application import run_application

            return run_application(database_path=args.db, language=args.lang, smoke=args.smoke)
        return args.func(args)
    except UserError as error:
        print(error.message(args.lang or "nl"), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except (OSError, sqlite3.Error) as error:  # last resort: the layers below turn these into UserError first
        if args.command is None:
            raise  # the window has its crash handler, which logs the details
        print(_as_user_error(error, args.db).message(args.lang or "nl"), file=sys.stderr)
        return EXIT_USER_ERROR


_WRITING_ERRORS = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EROFS") if hasattr(errno, name)}


def _as_user_error(error: OSError | sqlite3.Error, database: Path | None) -> UserError:
    """A full disk, a folder without permission, a file SQLite could not read or update: said, not traced."""
    if isinstance(error, OSError):
        if error.errno in _WRITING_ERRORS:
            return file_write_error(error)
        # Which file, and whether it was being read or written, is not known here: say what the system said.
        return UserError("file.unusable", path=error.filename or "?", detail=error.strerror or str(error))
    from ..paths import default_database_path

    return UserError("database.other_failure", path=str(database or default_database_path()), detail=str(error))
