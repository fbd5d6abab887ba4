"""What the first dossier opened loads (issue 15; timed by benchmarks/gui_thread.py): the step shown and what its
marks read, not the criteria library, the other steps' pages or a dialog not opened. A process of its own: the
modules a test run has loaded already would hide what an opening loads."""
import os
import subprocess
import sys
import textwrap

NOT_AT_STEP_2 = ("tomllib", "isv_desktop.knowledge.criteria_library", "isv_desktop.services.criteria",
                 "isv_desktop.services.suppliers", "isv_desktop.services.monitoring",
                 "isv_desktop.ui.steps.risk_scan_sources_dialog", "isv_desktop.ui.steps.applicability_page",
                 "isv_desktop.ui.steps.criteria_page", "isv_desktop.ui.steps.suppliers_page",
                 "isv_desktop.ui.steps.monitoring_page")


def test_opening_a_dossier_at_step_2_loads_that_step_and_its_marks_only(tmp_path):
    code = f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from isv_desktop.services.session import open_session
        from isv_desktop.ui.main_window import MainWindow
        from isv_desktop.ui.program_settings import program_preferences
        from isv_desktop.ui import idle_warm_up

        idle_warm_up.WARM_UP_DELAY_MS = 3_600_000  # what the opening loads itself, not what is loaded ahead

        app = QApplication([])
        session = open_session({str(tmp_path / "d.sqlite")!r})
        dossier = session.dossiers.create("Werkkleding buitendienst")
        session.dossiers.edit(dossier.id, "current_step", "risk_scan")
        window = MainWindow(session, program_preferences(), "nl")
        window.show()
        app.processEvents()
        view = window.open_dossier(dossier.id)
        app.processEvents()
        assert view.current_page().step_id.value == "risk_scan", view.current_page()
        print("\\n".join(sorted(sys.modules)))
        window.close()
        session.close()
        """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISV_DESKTOP_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "isv_desktop.ui.steps.risk_scan_page" in loaded and "isv_desktop.knowledge.loader" in loaded
    assert sorted(loaded & set(NOT_AT_STEP_2)) == []
