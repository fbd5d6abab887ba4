"""Risk scan benchmark: scans per second, and knowledge-base load time against a bare-Qt start.

Scans every product group against every country, and every group with no
country (origin unknown).

The load time (import of the knowledge package plus ``load_knowledge_base``)
is measured in fresh processes and given as a share of the bare-Qt baseline
measured in the same run: a ``python -c`` that creates a QApplication and an
empty QMainWindow, shows it and quits (QT_QPA_PLATFORM=offscreen), median of
several runs. Two figures:

- *added to the app's start*: the process first imports
  ``isv_desktop.services.session``, where the GUI and the command line
  start, so what the app loads anyway (dataclasses, Babel, paths …) is not
  counted twice. This is what the target is about ("adds no more than 0.2
  to the startup ratio").
- *cold*: nothing imported before; shown for reference.

Country names (Babel's locale data) and the per-group lookups are read on
first use, so the first scan after loading is timed separately.

Targets: at least 2,000 scans per second; load adds at most 0.2 of the
baseline. Exits 1 when a target is missed.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from isv_desktop.domain.risk.engine import scan
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir  # noqa: E402

RUNS = 7
ROUNDS = 3
TARGET_SCANS_PER_SECOND = 2000
TARGET_LOAD_SHARE = 0.2

BARE_QT = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)
APP_START = (
    "try:\n"
    "    import isv_desktop.services.session\n"
    "except ImportError:\n"
    "    pass\n"
    "import isv_desktop.paths\n"
)
TIMED_LOAD = (
    "import time\n"
    "start = time.perf_counter()\n"
    "from isv_desktop.knowledge.loader import load_knowledge_base\n"
    "from isv_desktop.paths import resources_dir\n"
    "load_knowledge_base(resources_dir())\n"
    "print(time.perf_counter() - start)\n"
)


def _environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def bare_qt_seconds() -> float:
    """Median wall time of a subprocess that starts Qt with an empty window and quits."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_QT], check=True, env=_environment(), cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load_seconds(before: str = "") -> float:
    """Median time to import the knowledge package and load the knowledge base in a fresh process."""
    times = []
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-c", before + TIMED_LOAD],
            check=True,
            env=_environment(),
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


def scans_per_second(knowledge) -> tuple[float, float, float, int]:
    """Median over rounds of (all, with a country, origin unknown) scans per second, and scans per round."""
    groups = list(knowledge.groups)
    countries = list(knowledge.countries)
    overall, with_country, unknown = [], [], []
    count = 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for group_id in groups:
            for code in countries:
                scan(knowledge, [group_id], [code])
        middle = time.perf_counter()
        for group_id in groups:
            scan(knowledge, [group_id])
        end = time.perf_counter()
        count = len(groups) * (len(countries) + 1)
        overall.append(count / (end - start))
        with_country.append(len(groups) * len(countries) / (middle - start))
        unknown.append(len(groups) / (end - middle))
    return statistics.median(overall), statistics.median(with_country), statistics.median(unknown), count


def main() -> int:
    start = time.perf_counter()
    knowledge = load_knowledge_base(resources_dir())
    loaded = time.perf_counter()
    scan(knowledge, ["werkkleding"], ["CN"])
    first_scan = time.perf_counter() - loaded
    warm_load = loaded - start
    rate, rate_country, rate_unknown, count = scans_per_second(knowledge)
    baseline = bare_qt_seconds()
    added = load_seconds(APP_START)
    cold = load_seconds()
    share = added / baseline
    print(f"knowledge base: {len(knowledge.groups)} groups, {len(knowledge.countries)} countries, "
          f"{len(knowledge.listings)} DOL listings, {len(knowledge.ratings)} ITUC ratings")
    print(f"scans per second: {rate:,.0f} ({count:,} scans per round, median of {ROUNDS}; "
          f"with a country {rate_country:,.0f}/s, origin unknown {rate_unknown:,.0f}/s)"
          f"  target >= {TARGET_SCANS_PER_SECOND:,}")
    print(f"bare-Qt baseline: {baseline * 1000:.0f} ms (median of {RUNS})")
    print(f"knowledge-base load added to the app's start: {added * 1000:.1f} ms = {share:.3f} of the baseline"
          f"  target <= {TARGET_LOAD_SHARE}")
    print(f"knowledge-base load, cold process: {cold * 1000:.1f} ms = {cold / baseline:.3f} of the baseline"
          f"  (in this process: {warm_load * 1000:.1f} ms; first scan after it, reading country names:"
          f" {first_scan * 1000:.1f} ms)")
    ok = rate >= TARGET_SCANS_PER_SECOND and share <= TARGET_LOAD_SHARE
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
