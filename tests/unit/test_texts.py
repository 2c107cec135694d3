"""Every text exists in both languages and keeps the same placeholders."""

import string

from coachtui.texts import all_keys


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_has_dutch_and_english_with_the_same_placeholders():
    texts = all_keys()
    assert texts, "no texts found"
    for key, (nl, en) in texts.items():
        assert nl.strip() and en.strip(), f"{key} is empty in one language"
        assert _fields(nl) == _fields(en), f"{key} has different placeholders"
