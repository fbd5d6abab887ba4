"""Run by .ci/wheel-check with the clean venv's Python: the installed package (not the checkout)
imports every module of isv_desktop.ui and opens every step of every sample dossier offscreen.

    python wheel_open_every_step.py DATABASE   # a file filled by `isv-desktop demo --db DATABASE`
"""
import importlib
import pkgutil
import sys
from pathlib import Path

import isv_desktop
import isv_desktop.ui

package = Path(isv_desktop.__file__).resolve().parent
if "site-packages" not in package.parts:
    sys.exit(f"wheel-check: isv_desktop was imported from {package}, not from the installed wheel")

modules = [info.name for info in pkgutil.walk_packages(isv_desktop.ui.__path__, prefix="isv_desktop.ui.")]
for name in modules:
    importlib.import_module(name)
print(f"wheel-check: imported {len(modules)} modules of isv_desktop.ui from {package}")

from PySide6.QtWidgets import QApplication  # noqa: E402

from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.ui.main_window import MainWindow  # noqa: E402
from isv_desktop.ui.program_settings import program_preferences  # noqa: E402

app = QApplication(sys.argv[:1])
session = open_session(Path(sys.argv[1]))
try:
    preferences = program_preferences()  # QSettings, below ISV_DESKTOP_HOME in the check
    window = MainWindow(session, preferences, "nl", True)
    window.show()
    dossiers = session.dossiers.all()
    if not dossiers:
        sys.exit("wheel-check: the demo database holds no dossiers")
    steps = 0
    for dossier in dossiers:
        window.open_dossier(dossier.id)
        view = window.dossier_view
        for row in range(len(view.pages)):
            view.go_to(row)
            app.processEvents()
            if view.step_list.currentRow() != row:
                sys.exit(f"wheel-check: dossier {dossier.id} did not open step {row + 1}")
            steps += 1
    window.close()
    print(f"wheel-check: opened {steps} steps of {len(dossiers)} sample dossiers")
finally:
    session.close()
