"""Test set-up shared by every test.

Qt is told to draw offscreen before it is imported anywhere, tests under
``tests/ui`` are marked ``gui``, and every test gets its own data folders so
that nothing touches the real user's database, settings or logs.
"""
from __future__ import annotations

import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

REFERENCE_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point the app's data, config and log folders at a fresh temporary folder."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("ISV_DESKTOP_HOME", str(base))
    return base


@pytest.fixture
def reference_dir():
    """The public reference lists beside the project; the test skips without them."""
    if not REFERENCE_DIR.is_dir():
        pytest.skip("../shared/reference is not present on this machine")
    return REFERENCE_DIR
