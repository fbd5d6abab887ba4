"""The wheel's build step (the rest of the metadata is in pyproject.toml).

A wheel must run on its own, so ``build_py`` adds what the checkout keeps
outside the package or makes with ``make``:

- ``resources/`` (knowledge data, criteria, help, fonts, thresholds,
  translations) is copied to ``isv_desktop/resources/``, where
  ``isv_desktop.paths.resources_dir()`` finds it through importlib.resources;
- ``forms/*.ui`` are compiled with pyside6-uic into ``isv_desktop/ui/forms/``,
  as anki compiles its Designer forms in its build. PySide6-Essentials is a
  build requirement for that (pyproject.toml ``[build-system]``).

An editable install (``pip install -e .``, what ``make`` does) reads both
from the checkout instead: ``make forms`` compiles the forms there.
"""
import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _build_forms_module():
    """isv_desktop/devtools/build_forms.py, loaded by path (the package is not importable yet)."""
    spec = importlib.util.spec_from_file_location("_isv_build_forms", ROOT / "isv_desktop" / "devtools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithResourcesAndForms(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        package = Path(self.build_lib) / "isv_desktop"
        resources = package / "resources"
        shutil.rmtree(resources, ignore_errors=True)
        shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        forms = package / "ui" / "forms"
        for stale in forms.glob("*_ui.py"):
            stale.unlink()
        written = _build_forms_module().compile_all(ROOT / "forms", forms)
        print(f"isv-desktop build: resources/ -> {resources}; {len(written)} forms compiled into {forms}")


setup(cmdclass={"build_py": BuildPyWithResourcesAndForms})
