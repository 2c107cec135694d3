"""Counts of things read right in both languages: a text may be a CLDR plural mapping,
chosen by Babel's plural rule for `count` (or the value its `"by"` names)."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

import pytest

from coachtui.texts import LANGS, PLURAL_CATEGORIES, all_keys, plural_category, tr


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _plural_texts() -> dict[str, tuple[Mapping[str, str], Mapping[str, str]]]:
    return {key: pair for key, pair in all_keys().items()  # type: ignore[misc]
            if any(not isinstance(text, str) for text in pair)}


def test_there_are_plural_texts_and_each_language_has_one():
    plurals = _plural_texts()
    assert len(plurals) >= 40
    for key, pair in plurals.items():
        assert all(isinstance(text, Mapping) for text in pair), f"{key}: plural in one language"


@pytest.mark.parametrize("key", sorted(_plural_texts()))
def test_every_plural_text_renders_for_one_and_for_two(key):
    for lang, forms in zip(LANGS, _plural_texts()[key], strict=True):
        assert "other" in forms, f"{key} ({lang}) has no 'other' form"
        assert set(forms) - {"by"} <= set(PLURAL_CATEGORIES), f"{key} ({lang}): {set(forms)}"
        by = forms.get("by", "count")
        names = _fields(forms["other"])
        values: dict[str, object] = dict.fromkeys(names, "x")
        rendered = []
        for count in (1, 2):
            values[by] = count
            if by not in names:  # chosen by a number shown formatted under another name
                values[next(iter(names))] = count
            text = tr(key, lang, **values)
            assert str(count) in text and "{" not in text
            rendered.append(text)
        if lang == "en":  # Dutch may read alike ("1 jaar", "2 jaar"); English never does
            assert rendered[0] != rendered[1], f"{key} ({lang}) reads alike for 1 and 2"


def test_no_english_text_writes_a_count_as_s_in_brackets():
    def forms(text):
        return [text] if isinstance(text, str) else [v for k, v in text.items() if k != "by"]

    offenders = [key for key, (_nl, en) in all_keys().items()
                 if any(re.search(r"\w\(s\)", form) for form in forms(en))]
    assert offenders == []


def test_no_dutch_text_writes_a_count_as_en_in_brackets():
    offenders = [key for key, (nl, _en) in all_keys().items()
                 if isinstance(nl, str) and re.search(r"\w\((en|s)\)", nl)]
    assert offenders == []


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("en", "1 admin or non-agent ignored.", "2 admins or non-agents ignored."),
    ("nl", "1 beheerder of niet-medewerker genegeerd.",
     "2 beheerders of niet-medewerkers genegeerd."),
])
def test_the_issue_example(lang, one, many):
    assert tr("imports.note.ignored_users", lang, count=1) == one
    assert tr("imports.note.ignored_users", lang, count=2) == many


def test_zero_and_a_named_value():
    assert tr("privacy.rows", "en", table="notes", count=0) == "  notes: 0 rows"
    assert tr("notes_ui.count", "nl", n=1) == "1 notitie, nieuwste bovenaan"
    assert tr("notes_ui.count", "en", n=3) == "3 notes, newest first"


def test_plural_category():
    assert plural_category(1, "nl") == "one"
    assert plural_category(1.0, "en") == "one"
    assert plural_category(1.5, "en") == "other"
    assert plural_category(0, "en") == "other"
    assert plural_category("1", "en") == "other"  # not a number: the general form
    assert plural_category(True, "en") == "other"
