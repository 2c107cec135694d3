"""Rating tags inside a quick note: `+initiative`, `-taal`, `~wow` (pure functions).

The rules, precisely:

* A *tag* is a whitespace-separated token that starts with a marker and then a letter:
  `+` (rating `+`), `-` or the minus sign `−` (rating `-`), `~`, `=` or `+/-` (rating
  `+/-`; `=` is there because a shell may expand `~name` to a home folder).
  `e-mail`, `follow-up`, `-5`, `+31 20 ...`, a lone `-` and `--` are therefore never tags.
* Punctuation right after the tag (`+wow.`, `-taal,`) is not part of the tag name.
* The name is matched against every factor's key, Dutch label and English label, ignoring
  case, accents, spaces, hyphens and underscores (`~afsprakennakomen`, `+Wow-effect`).
  An exact match wins; otherwise a prefix of at least two characters must point at exactly
  one factor (`+taal`, `+samenwerk`, `+init`). Unknown and ambiguous names are refused with
  the candidates, so a typo never silently drops the rating.
* One tag per note (a note rates at most one factor); a second tag is refused.
* The tag is removed from the stored text. `\\+word` keeps `+word` literally (no tag).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from coachtui.errors import UserError
from coachtui.folding import fold
from coachtui.model.choices import Rating
from coachtui.outside_text import quoted

MIN_PREFIX = 2
_MARKERS = (("+/-", Rating.MIXED), ("+", Rating.PLUS), ("~", Rating.MIXED),
            ("=", Rating.MIXED), ("-", Rating.MINUS), ("\u2212", Rating.MINUS))
_TRAILING = ".,;:!?)]}'\"…"
_TOKEN = re.compile(r"\S+")


class FactorLike(Protocol):
    """What tag matching needs of a factor (a `coachtui.model.Factor` fits)."""

    key: str
    label_nl: str
    label_en: str


class TagError(UserError):
    """A tag that cannot be used; `code` picks the text, `candidates` are factor keys."""

    _KEYS = {"too_many": "note.err.too_many", "ambiguous": "note.err.tag_ambiguous",
             "short": "note.err.tag_short", "unknown": "note.err.tag_unknown"}

    def __init__(self, code: str, *, tag: str = "", candidates: Sequence[str] = (),
                 tags: Sequence[str] = ()) -> None:
        super().__init__(self._KEYS[code], tag=quoted(tag), tags=", ".join(map(quoted, tags)),
                         candidates=", ".join(candidates))
        self.code = code
        self.tag = tag
        self.candidates = tuple(candidates)
        self.tags = tuple(tags)


@dataclass(frozen=True)
class Tag:
    """One tag found in a text: what was written, the name part, the rating, where."""

    token: str
    name: str
    rating: Rating
    start: int
    end: int


@dataclass(frozen=True)
class ParsedNote:
    """A note's text with its tag taken out, and the factor and rating the tag gave."""

    text: str
    factor: str | None = None
    rating: Rating | None = None
    tag: str | None = None
    literal: tuple[str, ...] = field(default=())


def normalise(name: str) -> str:
    """Casefolded, accents dropped, only letters and digits kept: `Wow-effect` -> `woweffect`."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def factor_names(factor: FactorLike) -> tuple[str, ...]:
    """The normalised names a factor answers to: key, Dutch label, English label."""
    names = (normalise(factor.key), normalise(factor.label_nl), normalise(factor.label_en))
    return tuple(dict.fromkeys(n for n in names if n))


def _split_marker(token: str) -> tuple[Rating, str] | None:
    for marker, rating in _MARKERS:
        if token.startswith(marker):
            rest = token[len(marker):]
            return (rating, rest) if rest[:1].isalpha() else None
    return None


def find_tags(text: str) -> list[Tag]:
    """Every token in `text` that has the shape of a tag, in order (not yet matched)."""
    tags = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        split = _split_marker(token)
        if split is None:
            continue
        rating, rest = split
        name = rest.rstrip(_TRAILING)
        end = match.end() - (len(rest) - len(name))
        tags.append(Tag(token=token[: end - match.start()], name=name, rating=rating,
                        start=match.start(), end=end))
    return tags


def match_factor(name: str, factors: Iterable[FactorLike]) -> str:
    """The key of the one factor `name` points at; TagError names the candidates."""
    wanted = normalise(name)
    named = [(f.key, factor_names(f)) for f in factors]
    everyone = [key for key, _ in named]
    exact = [key for key, names in named if wanted in names]
    if len(exact) == 1:
        return exact[0]
    prefix = exact or [key for key, names in named if any(n.startswith(wanted) for n in names)]
    if prefix and len(wanted) < MIN_PREFIX:  # `-a` is too easily a slip of the keyboard
        raise TagError("short", tag=name, candidates=prefix)
    if len(prefix) == 1:
        return prefix[0]
    if prefix:
        raise TagError("ambiguous", tag=name, candidates=prefix)
    raise TagError("unknown", tag=name, candidates=everyone)


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"\s+([.,;:!?])", r"\1", text).strip()


def parse_note(text: str, factors: Sequence[FactorLike]) -> ParsedNote:
    """Take the one tag out of `text` and resolve it; TagError when it cannot be used."""
    tags = find_tags(text)
    if len(tags) > 1:
        written = [t.token for t in tags]
        raise TagError("too_many", tags=written)
    factor = rating = tag_token = None
    if tags:
        tag = tags[0]
        factor, rating, tag_token = match_factor(tag.name, factors), tag.rating, tag.token
        text = text[: tag.start] + text[tag.end:]
    # `\+word` is the way to write a word that starts with a marker and is not a tag
    literal = tuple(t for t in text.split() if t.startswith("\\") and _split_marker(t[1:]))
    text = " ".join(t[1:] if t in literal else t for t in text.split())
    return ParsedNote(text=_tidy(text), factor=factor, rating=rating, tag=tag_token,
                      literal=literal)


def protect_dash_tags(argv: Sequence[str]) -> list[str]:
    """Let `coachtui note sanne Good call -language` through argparse.

    argparse takes any `-word` for an option. After the `note` command, a token made of
    one `-` and a letter (never `-h`) gets a leading space: argparse then reads it as text,
    and the note's whitespace split drops the space again.
    """
    args = list(argv)
    index, takes_value = 0, {"--journal", "--lang"}
    while index < len(args):
        token = args[index]
        if token in takes_value:
            index += 2
            continue
        if token.startswith("-"):
            index += 1
            continue
        break
    if index >= len(args) or args[index] != "note":
        return args
    for pos in range(index + 1, len(args)):
        token = args[pos]
        if token == "--":
            break  # argparse already keeps everything after `--` as text
        if len(token) > 1 and token[0] == "-" and token[1].isalpha() and token != "-h":
            args[pos] = " " + token
    return args


def medical_words(text: str) -> list[str]:
    """What looks like health information in `text` (empty when the guard is absent)."""
    try:
        from coachtui.health_guard import looks_medical
    except ModuleNotFoundError as exc:  # the guard is optional; without it nothing is flagged
        if exc.name != "coachtui.health_guard":
            raise
        return []
    return list(looks_medical(text))


def tag_error_text(error: TagError, lang: str) -> str:
    """The sentence for a tag that cannot be used, in `lang` (the error's own text)."""
    return error.text(lang)
