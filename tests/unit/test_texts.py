"""Every text exists in both languages and keeps the same placeholders."""

import string
from collections.abc import Mapping

from coachtui.texts import all_keys


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _forms(text: str | Mapping[str, str]) -> list[str]:
    """A text's strings: the text itself, or each form of a plural mapping."""
    if isinstance(text, str):
        return [text]
    return [form for category, form in text.items() if category != "by"]


def test_every_text_has_dutch_and_english_with_the_same_placeholders():
    texts = all_keys()
    assert texts, "no texts found"
    for key, (nl, en) in texts.items():
        fields = [_fields(form) for form in _forms(nl) + _forms(en)]
        for form in _forms(nl) + _forms(en):
            assert form.strip(), f"{key} is empty in one language"
        assert all(f == fields[0] for f in fields), f"{key} has different placeholders"
