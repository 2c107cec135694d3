"""Every text a person reads, in Dutch and English. `tr("key", lang, **values)`.

Texts live in one module per area (`common`, `cli`, `talk`, `export`, `notes`, `imports`),
each a dict `TEXTS = {"key": ("Nederlands", "English")}`; a key missing in one language
is a bug that `tests/unit/test_texts.py` catches, and a key the code names without any
text is one that `tests/unit/test_text_keys.py` catches (with COACHTUI_STRICT_TEXTS=1).

**Counts of things** ("1 agent", "2 agents"; "1 rij", "2 rijen"): a text may be a CLDR
plural mapping instead of a string, one text per plural category of the language, and
`tr` picks the one Babel's plural rule gives for the value `count`:

    "export.month_written": ({"one": "{count} verslag geschreven in {path}",
                              "other": "{count} verslagen geschreven in {path}"},
                             {"one": "{count} record written to {path}",
                              "other": "{count} records written to {path}"}),
    tr("export.month_written", lang, count=3, path=folder)

Dutch and English have the categories `one` and `other` (`other` is required; `zero`,
`two`, `few`, `many` are for languages that have them). When the count is named otherwise
in the text, the mapping says which value decides with `"by"`: `{"by": "n", "one": "{n}
day", "other": "{n} days"}`. Never write "(s)" or "(en)" for a count. The numbers
themselves are not reformatted by `tr`: pass a formatted string (`coachtui.model.
number_format`) for any value that is not a small whole count.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from functools import cache

from coachtui.model.number_format import locale_of

Text = str | Mapping[str, str]
"""A text in one language: a string, or a plural mapping (see the module docstring)."""

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")

AREAS = ("common", "cli", "app", "team", "talk", "export", "notes", "imports", "notes_ui",
         "import_ui", "catalogue", "palette", "services", "journal", "safety", "signing",
         "replica", "settings", "agents", "editing", "year", "goals", "kinds", "qm",
         "site", "charts")
LANGS = ("nl", "en")


@cache
def _all_texts() -> dict[str, tuple[Text, Text]]:
    merged: dict[str, tuple[Text, Text]] = {}
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
    if not isinstance(text, str):
        text = plural_text(text, lang, values)
    return text.format(**values) if values else text


def plural_category(number: object, lang: str) -> str:
    """The CLDR plural category (`one`, `other`, ...) of `number` in `lang`; a value that
    is not a number (a text, None) counts as `other`."""
    if isinstance(number, bool) or not isinstance(number, int | float):
        return "other"
    return str(locale_of(lang).plural_form(number))


def plural_text(forms: Mapping[str, str], lang: str, values: Mapping[str, object]) -> str:
    """The text of a plural mapping that fits the value named by `"by"` (else `count`)."""
    number = values.get(forms.get("by", "count"))
    return forms.get(plural_category(number, lang), forms["other"])


def has_text(key: str) -> bool:
    """True when `key` has a text (no copy of the table, unlike `all_keys`)."""
    return key in _all_texts()


def all_keys() -> dict[str, tuple[Text, Text]]:
    """Every key with its two texts (for tests and tooling); a plural text is its
    mapping, as written."""
    return dict(_all_texts())
