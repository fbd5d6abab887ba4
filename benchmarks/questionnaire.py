"""Questionnaire benchmark: export and import of a 200-question questionnaire against plain openpyxl.

Measures, in the same run and alternating, the medians of

- export: the app's ``write_questionnaire`` (instruction sheet, styled and
  protected questions sheet with data validation and row heights, very
  hidden identification sheet, every text forced to a string) against a
  plain openpyxl workbook with the same three sheets and the same cell
  values, no styles, saved to memory;
- import: the app's ``read_questionnaire_answers`` on a filled file (size,
  container and DTD checks, identification, every question text, every
  answer) against plain openpyxl opening the same file read-only and reading
  the same cells (identification A:B, questions A:F) into lists.

Prints each ratio app / plain by wall-clock time and by this process's CPU
time (steadier on a busy machine; the target is checked on it); target 1.5
or lower for both. Exits 1 when missed. For information it also prints the
export against a plain write that adds only the empty answer cells, unlocked
— the least the questionnaire must write beyond the plain cells.
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Protection  # noqa: E402

from isv_desktop.domain.questionnaire import Question, Questionnaire  # noqa: E402
from isv_desktop.domain.questionnaire_bank import THEME_QUESTIONS  # noqa: E402
from isv_desktop.domain.themes import Theme  # noqa: E402
from isv_desktop.export.questionnaire_xlsx import read_questionnaire_answers, write_questionnaire  # noqa: E402

QUESTIONS = 200
RUNS = 21
TARGET = 1.5
SUPPLIER, TITLE, DEADLINE = "Textielfabriek Đồng Nai B.V.", "Bedrijfskleding 2026–2030", "13-03-2026"
ANSWERS = ("ja", "gedeeltelijk", "nee", "niet van toepassing")


def questionnaire() -> Questionnaire:
    bank = [(theme, dutch, english) for theme in Theme for _, dutch, english in THEME_QUESTIONS[theme]]
    questions = []
    for index in range(QUESTIONS):
        theme, dutch, english = bank[index % len(bank)]
        questions.append(Question(f"{theme.value}.{100 + index}", theme, f"{dutch} ({index + 1})",
                                  f"{english} ({index + 1})", "theme"))
    return Questionnaire(3, 7, 1, "nl", tuple(questions))


def app_export(q: Questionnaire) -> bytes:
    buffer = io.BytesIO()
    write_questionnaire(q, SUPPLIER, TITLE, buffer, DEADLINE)
    return buffer.getvalue()


def sheet_values(data: bytes) -> dict[str, list[tuple[object, ...]]]:
    """Every value of every sheet of the app's file, to write the same cells plainly."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def plain_export(values: dict[str, list[tuple[object, ...]]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in values.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def filled(data: bytes) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook["Vragen"]
    for row in range(2, QUESTIONS + 2):
        sheet.cell(row, 4).value = ANSWERS[row % 4]
        sheet.cell(row, 5).value = f"Toelichting bij vraag {row - 1}: " + "beleid, audit en monitoring. " * 6
        sheet.cell(row, 6).value = f"bijlage-{row - 1}.pdf"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def app_import(data: bytes, q: Questionnaire) -> object:
    return read_questionnaire_answers(io.BytesIO(data), q)


def plain_import(data: bytes) -> object:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    identification = [row for row in workbook["Identificatie"].iter_rows(max_col=2, values_only=True)]
    questions = [row for row in workbook["Vragen"].iter_rows(max_col=6, values_only=True)]
    workbook.close()
    return identification, questions


def plain_export_unlocked(values: dict[str, list[tuple[object, ...]]]) -> bytes:
    """Information only: the plain write plus the empty answer cells, unlocked (the least the spec asks)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    unlocked = Protection(locked=False)
    for title, rows in values.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title == "Vragen":
            for row in range(2, QUESTIONS + 2):
                for column in (4, 5, 6):
                    sheet.cell(row, column).protection = unlocked
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    q = questionnaire()
    exported = app_export(q)
    values = sheet_values(exported)
    returned = filled(exported)
    assert len(app_import(returned, q)) == QUESTIONS  # type: ignore[arg-type]
    actions: dict[str, Callable[[], object]] = {
        "app_export": lambda: app_export(q),
        "plain_export": lambda: plain_export(values),
        "plain_export_unlocked": lambda: plain_export_unlocked(values),
        "app_import": lambda: app_import(returned, q),
        "plain_import": lambda: plain_import(returned),
    }
    for action in actions.values():  # warm-up
        action()
    wall: dict[str, list[float]] = {name: [] for name in actions}
    cpu: dict[str, list[float]] = {name: [] for name in actions}
    names = list(actions)
    for run in range(RUNS):
        for name in names if run % 2 == 0 else reversed(names):  # alternate the order, run by run
            seconds, cpu_seconds = timed(actions[name])
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    w = {name: statistics.median(values) for name, values in wall.items()}
    c = {name: statistics.median(values) for name, values in cpu.items()}
    print(f"questionnaire with {QUESTIONS} questions: {len(exported) // 1024} KiB sent, "
          f"{len(returned) // 1024} KiB returned (medians of {RUNS}, alternated)")
    print("                                    wall ms   cpu ms")
    for name, label in (("app_export", "export, app"), ("plain_export", "export, plain openpyxl"),
                        ("plain_export_unlocked", "export, plain + unlocked answers"),
                        ("app_import", "import, app"), ("plain_import", "import, plain openpyxl read-only")):
        print(f"  {label:33} {w[name] * 1000:7.1f}  {c[name] * 1000:7.1f}")
    ratios = {
        "export": (w["app_export"] / w["plain_export"], c["app_export"] / c["plain_export"]),
        "import": (w["app_import"] / w["plain_import"], c["app_import"] / c["plain_import"]),
    }
    for name, (by_wall, by_cpu) in ratios.items():
        print(f"ratio {name} app / plain: {by_wall:.2f} wall, {by_cpu:.2f} cpu  (target <= {TARGET})")
    print(f"information: export app / (plain + unlocked answer cells): "
          f"{w['app_export'] / w['plain_export_unlocked']:.2f} wall, "
          f"{c['app_export'] / c['plain_export_unlocked']:.2f} cpu")
    return 0 if all(by_cpu <= TARGET for _, by_cpu in ratios.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
