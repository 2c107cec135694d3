"""Every text key the code names has a text, and every refusal is raised with a key.

Two nets: the source is read (every `tr("key")` and `UserError("key", ...)` with a literal
key must name a text, and no refusal is raised from an f-string), and, with
COACHTUI_STRICT_TEXTS=1, `tr` raises on a missing key, so a key built at run time that has
no text fails the test that reaches it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coachtui.errors import NotFoundError, UserError
from coachtui.texts import MissingText, has_text, tr

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("coachtui", "screens", "storage", "importers")
# The refusals a person reads; each takes a text key as its first argument.
REFUSALS = {"UserError", "JournalError", "ReadOnlyError", "ConflictError", "NotFoundError",
            "ImportProblem"}
TRANSLATORS = {"tr"}  # tr(key, lang), self.tr(key), app.tr(key), ...


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _calls() -> list[tuple[str, int, str, ast.expr]]:
    """(file, line, called name, first argument) of every refusal and translation call."""
    found = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = _called_name(node)
                if name in REFUSALS or name in TRANSLATORS:
                    found.append((str(path.relative_to(ROOT)), node.lineno, name, node.args[0]))
    return found


def test_every_literal_text_key_has_a_text():
    missing = [
        f"{file}:{line}: {name}({arg.value!r})"
        for file, line, name, arg in _calls()
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        and not has_text(arg.value)
    ]
    assert not missing, "keys without a text:\n" + "\n".join(missing)


def test_no_refusal_is_raised_from_a_finished_sentence():
    """`UserError(f"...")` or `UserError(tr(...))` is a sentence in one language, fixed
    before anyone knows who reads it: raise a key with values instead."""
    finished = [
        f"{file}:{line}: {name}({ast.unparse(arg)[:50]})"
        for file, line, name, arg in _calls()
        if name in REFUSALS and isinstance(arg, ast.JoinedStr | ast.Call | ast.BinOp)
    ]
    assert not finished, "refusals without a key:\n" + "\n".join(finished)


def test_the_scan_sees_the_calls_it_checks():
    """Guard for the two tests above: they would pass trivially if the scan found nothing."""
    calls = _calls()
    assert any(name == "UserError" and getattr(arg, "value", None) == "privacy.add_yes"
               for _, _, name, arg in calls)
    assert any(name == "tr" and getattr(arg, "value", None) == "notes_ui.edited"
               for _, _, name, arg in calls)


def test_strict_texts_raise_on_a_missing_key(monkeypatch):
    monkeypatch.setenv("COACHTUI_STRICT_TEXTS", "1")
    with pytest.raises(MissingText):
        tr("no.such.key", "nl")
    with pytest.raises(MissingText):
        UserError("no.such.key").text("en")
    assert tr("privacy.add_yes", "nl").startswith("Er is niets gewist")


def test_without_strictness_a_missing_key_shows_as_itself(monkeypatch):
    monkeypatch.setenv("COACHTUI_STRICT_TEXTS", "0")
    assert tr("no.such.key", "nl") == "no.such.key"


def test_a_refusal_renders_in_either_language():
    error = NotFoundError("cat.unknown_metric", name="aht2", keys="aht, ftr")
    assert error.text("nl") == "Onbekend cijfer 'aht2'; bekend zijn: aht, ftr."
    assert str(error) == "Unknown metric 'aht2'; known are: aht, ftr."
