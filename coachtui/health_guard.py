"""A guard against recording health data: an employer may keep the dates of an absence, never
its nature or cause. `looks_medical(text)` finds words that suggest a note is about health,
so the note command and popup can warn before saving.

Matching is case-insensitive and word-boundary aware: a word only counts as a whole word or
as the start of a longer word where the stem says so (`ziek*` finds "ziekmelding" and
"ziekte"), and common Dutch compounds that end in a medical word are listed explicitly.
Words with an everyday meaning in a contact center ("operation", "stress", "pain" as in
"pain point") are left out on purpose, to keep false alarms rare.
"""

from __future__ import annotations

import re
from functools import cache

# A trailing `*` means "this stem and anything that follows" (ziek*: ziekte, ziekmelding).
DUTCH = (
    "ziek*", "griep*", "buikgriep", "verkoudheid", "verkouden", "koorts*",
    "burn-out*", "burnout*", "burn out", "overspannen*", "migraine*", "hoofdpijn",
    "rugpijn", "rugklachten", "zwanger*", "bevalling*", "miskraam", "operatie", "operaties",
    "geopereerd", "diagnose*", "gediagnosticeerd", "therapie*", "therapeut*",
    "fysiotherapie*", "fysiotherapeut*", "depressie*", "depressief", "medicijn*",
    "medicatie", "antidepressiva", "huisarts*", "bedrijfsarts*",
    "ziekenhuis*", "psycholoog", "psychiater", "psychisch*", "angststoornis*", "paniekaanval*",
    "kanker", "chemo*", "covid*", "corona", "hernia", "diabetes", "adhd", "autisme",
    "ongesteld*", "menstruatie*", "verslaving*", "blessure*", "gebroken been",
    "gebroken arm", "hersenschudding", "medisch*", "revalidatie*", "revalideren",
    "zwangerschapsverlof", "arbo-arts", "arboarts",
)
ENGLISH = (
    "sick*", "ill", "illness*", "flu", "influenza", "fever*", "burnout*",
    "burn-out*", "migraine*", "headache*", "back pain", "pregnan*", "miscarriage*",
    "surgery", "surgeries", "surgical", "diagnos*", "therap*", "depress*", "medication*",
    "medicine*", "antidepressant*", "doctor*", "gp appointment", "physician*",
    "hospital*", "psychologist*", "psychiatrist*", "anxiety", "panic attack*",
    "cancer", "chemotherapy", "covid*", "diabetes", "adhd", "autism", "autistic",
    "period pain*", "menopause", "addiction*", "injury", "injuries", "injured",
    "concussion", "broken leg", "broken arm", "medical*", "rehab*", "maternity leave",
    "mental health", "breakdown",
)
WORDS = DUTCH + ENGLISH


@cache
def _pattern() -> re.Pattern[str]:
    parts = []
    # Longer entries first, so "burn-out" wins over "burn out" pieces and compounds win.
    for entry in sorted(set(WORDS), key=len, reverse=True):
        stem = entry.rstrip("*")
        body = r"[\s-]+".join(re.escape(piece) for piece in stem.split())
        if entry.endswith("*"):
            parts.append(rf"{body}[\w-]*")
        else:
            parts.append(rf"{body}(?![\w])")
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})", re.IGNORECASE)


def looks_medical(text: str) -> list[str]:
    """The words in `text` that suggest health information, lower case, each once, in the
    order they appear; an empty list when the text looks fine."""
    found: list[str] = []
    for match in _pattern().finditer(text or ""):
        word = match.group(0).lower()
        if word not in found:
            found.append(word)
    return found


_UNFINISHED_WORD = re.compile(r"[\w-]+$")


def settled(text: str) -> str:
    """`text` without the word still being typed at its end (a word counts once a space or
    a stop follows it), so "ill" is not flagged while "illustrate" is being typed."""
    return _UNFINISHED_WORD.sub("", text or "")


def new_health_words(old: str | None, new: str | None) -> list[str]:
    """The health words that `new` brings in beyond what `old` held already (finished
    words only): the first keystroke that makes a field look medical is asked about once,
    the keystrokes after it are not."""
    before = set(looks_medical(settled(old or "")))
    return [w for w in looks_medical(settled(new or "")) if w not in before]


def without_health_words(text: str) -> str:
    """`text` with every word that suggests health information taken out (what is kept
    when the team lead answers "no, do not save that")."""
    cleaned = _pattern().sub("", text or "")
    return re.sub(r"[ \t]{2,}", " ", cleaned)


__all__ = ["looks_medical", "new_health_words", "settled", "without_health_words"]
