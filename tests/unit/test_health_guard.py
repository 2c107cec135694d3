"""`looks_medical` flags health words in Dutch and English, as whole words only."""

from __future__ import annotations

import pytest

from coachtui.health_guard import looks_medical


@pytest.mark.parametrize("text, expected", [
    ("Was vorige week ziek", ["ziek"]),
    ("Heeft GRIEP gehad", ["griep"]),
    ("Zieke collega, ziekmelding gedaan", ["zieke", "ziekmelding"]),
    ("Last van buikgriep en hoofdpijn", ["buikgriep", "hoofdpijn"]),
    ("Burn-out klachten", ["burn-out"]),
    ("dreigt een burn out", ["burn out"]),
    ("Migraine, ging eerder naar huis", ["migraine"]),
    ("Ze is zwanger", ["zwanger"]),
    ("Operatie aan de knie", ["operatie"]),
    ("Diagnose van de huisarts", ["diagnose", "huisarts"]),
    ("Gaat naar therapie", ["therapie"]),
    ("Depressie speelt mee", ["depressie"]),
    ("Nieuwe medicijnen", ["medicijnen"]),
    ("She was ill with the flu", ["ill", "flu"]),
    ("Called in sick; doctor's note", ["sick", "doctor"]),
    ("Pregnant, surgery planned", ["pregnant", "surgery"]),
    ("Diagnosed with depression, on medication", ["diagnosed", "depression", "medication"]),
    ("Therapy sessions on Fridays", ["therapy"]),
])
def test_health_words_are_found(text, expected):
    assert looks_medical(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "Great call, solved it in one go",
    "Skill will still grow; Bill filled in the pill box form",  # "ill" inside words
    "Operationeel overleg met het operations team",
    "Zeker een goede week, ziet er goed uit",
    "Illustrates the new macro well",
    "Influencer asked about our domains",
])
def test_ordinary_notes_pass(text):
    assert looks_medical(text) == []


def test_each_word_once_in_order_of_appearance():
    assert looks_medical("griep, toen weer Griep, daarna ziek") == ["griep", "ziek"]
