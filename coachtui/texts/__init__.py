"""Every text a person reads, in Dutch and English. `tr("key", lang, **values)`.

Texts live in one module per area (`common`, `cli`, `talk`, `export`, `notes`, `imports`),
each a dict `TEXTS = {"key": ("Nederlands", "English")}`; a key missing in one language
is a bug that `tests/unit/test_texts.py` catches, and a key the code names without any
text is one that `tests/unit/test_text_keys.py` catches (with COACHTUI_STRICT_TEXTS=1).
"""

from __future__ import annotations

import importlib
import os
from functools import cache

AREAS = ("common", "cli", "app", "team", "talk", "export", "notes", "imports", "notes_ui",
         "import_ui", "catalogue", "palette", "services", "journal", "safety", "signing",
         "replica", "settings", "agents", "editing", "year", "goals", "kinds", "qm", "charts")
LANGS = ("nl", "en")


@cache
def _all_texts() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        try:
            module = importlib.import_module(f"coachtui.texts.{area}")
        except ModuleNotFoundError:
            continue
        for key, pair in module.TEXTS.items():
            if key in merged:
                raise RuntimeError(f"text key {key!r} is defined twice")
            merged[key] = pair
    return merged


class MissingText(KeyError):
    """A text key with no text (raised only when the tests ask for strictness)."""


def tr(key: str, lang: str = "en", **values: object) -> str:
    """The text for `key` in `lang` with `{placeholders}` filled in.

    A key without a text shows as itself, so a person still reads something; with the
    environment variable COACHTUI_STRICT_TEXTS=1 (the tests set it) it raises MissingText,
    so a refusal raised with a key nobody wrote a text for fails a test instead.
    """
    pair = _all_texts().get(key)
    if pair is None:
        if os.environ.get("COACHTUI_STRICT_TEXTS") == "1":
            raise MissingText(key)
        return key
    text = pair[0] if lang == "nl" else pair[1]
    return text.format(**values) if values else text


def has_text(key: str) -> bool:
    """True when `key` has a text (no copy of the table, unlike `all_keys`)."""
    return key in _all_texts()


def all_keys() -> dict[str, tuple[str, str]]:
    """Every key with its two texts (for tests and tooling)."""
    return dict(_all_texts())
