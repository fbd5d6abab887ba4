"""Every text the window translates is one lupdate can find, so `make translations` never drops its English.

lupdate reads the literal arguments of ``tr``/``translate`` calls; a helper that passes a variable on
(``def _translate(text): return translate("Ctx", text)``) hides its texts, and the next `make translations`
removed their English from the .ts (the signals window's "Waarom" and "Opvolging" headers were shown in Dutch).
A variable is allowed only in a module that declares its texts with QT_TRANSLATE_NOOP, as lupdate reads those.
"""
import ast
from pathlib import Path

import isv_desktop

PACKAGE = Path(isv_desktop.__file__).parent
TRANSLATING = {"tr", "translate"}


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def hidden_translations(source: str) -> list[int]:
    """Lines of Qt translation calls whose text lupdate cannot read."""
    tree = ast.parse(source)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    if any(_called_name(call) in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP") for call in calls):
        return []
    hidden = []
    for call in calls:
        if _called_name(call) not in TRANSLATING or not call.args:
            continue
        if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Constant):
            continue  # str.translate on a literal, not Qt
        texts = call.args[:2] if _called_name(call) == "translate" else call.args[:1]
        if _called_name(call) == "translate" and len(call.args) < 2:
            continue  # str.translate(table)
        if not all(isinstance(text, ast.Constant) and isinstance(text.value, str) for text in texts):
            hidden.append(call.lineno)
    return hidden


def test_lupdate_can_read_every_translated_text():
    found = {}
    for module in sorted((PACKAGE / "ui").rglob("*.py")):
        if "forms" in module.parts:
            continue
        lines = hidden_translations(module.read_text(encoding="utf-8"))
        if lines:
            found[str(module.relative_to(PACKAGE))] = lines
    assert found == {}, "pass the literal text to tr()/translate(), or declare it with QT_TRANSLATE_NOOP"


def test_the_check_finds_a_wrapper_that_hides_its_text():
    wrapper = 'def _translate(text):\n    return QCoreApplication.translate("SignalsDialog", text)\n'
    assert hidden_translations(wrapper) == [2]
    assert hidden_translations('QCoreApplication.translate("SignalsDialog", "Waarom")\n') == []
