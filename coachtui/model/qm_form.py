"""The QM form: criteria grouped by customer principle, each with a definition in Dutch and
English, a scale 0..max, a weight, a knock-out flag and the one RQ criterion.

`parse_form(text, file)` reads the TOML form file (format in ../shared/CLI.md, plus an
optional `principle = {nl, en}` per criterion that groups the form) and refuses bad input
with one sentence naming the file, the line, the field and the value.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from coachtui.errors import UserError
from coachtui.model.qm_scoring import Criterion
from coachtui.outside_text import quoted

KEY_SHAPE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_FIELDS = {"key", "label", "definition", "principle", "max", "weight", "knockout", "rq",
           "factor"}
_LANGS = ("nl", "en")


@dataclass(frozen=True)
class FormCriterion:
    """One criterion of a form version, with its texts in both languages."""

    key: str
    label_nl: str
    label_en: str
    definition_nl: str
    definition_en: str
    max: int
    weight: float = 1.0
    knockout: bool = False
    rq: bool = False
    principle_nl: str = ""
    principle_en: str = ""
    position: int = 0
    factor: str = ""  # the qualitative factor its scores are evidence for ('' = none)

    def label(self, lang: str) -> str:
        """The label in `lang`."""
        return self.label_nl if lang == "nl" else self.label_en

    def definition(self, lang: str) -> str:
        """The definition in `lang`."""
        return self.definition_nl if lang == "nl" else self.definition_en

    def principle(self, lang: str) -> str:
        """The customer principle it belongs to, in `lang` ('' when ungrouped)."""
        return self.principle_nl if lang == "nl" else self.principle_en

    @property
    def rule(self) -> Criterion:
        """What the scoring rules need of it."""
        return Criterion(self.key, self.max, self.weight, self.knockout, self.rq)


@dataclass(frozen=True)
class QmForm:
    """A form version: its name and criteria in order (version None until stored)."""

    name: str
    criteria: tuple[FormCriterion, ...]
    version: int | None = None
    loaded_at: str | None = None
    notes: dict[str, list[str]] = field(default_factory=dict)  # criterion -> readings

    def criterion(self, key: str) -> FormCriterion | None:
        """The criterion called `key`, or None."""
        return next((c for c in self.criteria if c.key == key), None)

    @property
    def rules(self) -> list[Criterion]:
        """The scoring rules' view of every criterion."""
        return [c.rule for c in self.criteria]

    @property
    def rq_key(self) -> str | None:
        """The key of the rq criterion (None when the form has none)."""
        return next((c.key for c in self.criteria if c.rq), None)


class _Lines:
    """Where things are in the file: the line of each `[[criteria]]` table and its fields."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tables = [n for n, line in enumerate(self.lines, 1)
                       if line.strip().replace(" ", "") == "[[criteria]]"]

    def of(self, index: int, name: str | None = None) -> int:
        """The line of criterion `index`'s field `name` (else of its table; else 1)."""
        if index >= len(self.tables):
            return 1
        start = self.tables[index]
        end = self.tables[index + 1] if index + 1 < len(self.tables) else len(self.lines) + 1
        if name is not None:
            pattern = re.compile(rf"^\s*{re.escape(name)}\s*[.=]")
            for number in range(start + 1, end):
                if pattern.match(self.lines[number - 1]):
                    return number
        return start

    def top(self, name: str) -> int:
        """The line of a top-level field (1 when not found)."""
        pattern = re.compile(rf"^\s*{re.escape(name)}\s*=")
        for number, line in enumerate(self.lines, 1):
            if self.tables and number >= self.tables[0]:
                break
            if pattern.match(line):
                return number
        return 1


def _pair(raw: dict[str, Any], name: str, where: dict[str, Any],
          *, required: bool = True) -> tuple[str, str]:
    value = raw.get(name)
    if value is None and not required:
        return "", ""
    if not isinstance(value, dict):
        raise UserError("qm.err.form_missing", **where, field=name)
    texts = []
    for lang in _LANGS:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise UserError("qm.err.form_missing", **where, field=f"{name}.{lang}")
        texts.append(text.strip())
    return texts[0], texts[1]


def parse_form(text: str, file: str, factors: Collection[str] | None = None) -> QmForm:
    """The form in `text` (the TOML file called `file`), checked whole; refuses bad input.

    A criterion's optional `factor = "KEY"` maps it to a qualitative factor; with
    `factors` (the journal's factor keys) an unknown one is refused.
    """
    shown_file = quoted(file, 120)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise UserError("qm.err.form_toml", file=shown_file,
                        line=match.group(1) if match else 1, reason=quoted(exc, 120)) from exc
    lines = _Lines(text)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise UserError("qm.err.form_name", file=shown_file, line=lines.top("name"),
                        value=quoted(name if name is not None else ""))
    raw_criteria = data.get("criteria")
    if not isinstance(raw_criteria, list) or not raw_criteria:
        raise UserError("qm.err.form_empty", file=shown_file)
    criteria: list[FormCriterion] = []
    seen: dict[str, int] = {}
    rq_first: str | None = None
    for index, raw in enumerate(raw_criteria):
        if not isinstance(raw, dict):
            raise UserError("qm.err.form_empty", file=shown_file)
        key = raw.get("key")
        where: dict[str, Any] = {"file": shown_file, "line": lines.of(index, "key"),
                                 "crit": quoted(key if key is not None else f"#{index + 1}")}
        if not isinstance(key, str) or not KEY_SHAPE.match(key):
            raise UserError("qm.err.form_key", **where, value=quoted(key or ""))
        if key in seen:
            raise UserError("qm.err.form_duplicate", **where, value=quoted(key),
                            first=seen[key])
        seen[key] = where["line"]
        unknown = sorted(set(raw) - _FIELDS)
        if unknown:
            raise UserError("qm.err.form_unknown", **{**where, "line": lines.of(index,
                            unknown[0])}, field=quoted(unknown[0]))
        label = _pair(raw, "label", {**where, "line": lines.of(index, "label")})
        definition = _pair(raw, "definition", {**where, "line": lines.of(index, "definition")})
        principle = _pair(raw, "principle", {**where, "line": lines.of(index, "principle")},
                          required=False)
        maximum = raw.get("max")
        if isinstance(maximum, bool) or not isinstance(maximum, int) or maximum < 1 \
                or maximum > 9:
            raise UserError("qm.err.form_max", **{**where, "line": lines.of(index, "max")},
                            value=quoted(maximum if maximum is not None else ""))
        weight = raw.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
            raise UserError("qm.err.form_weight", **{**where, "line": lines.of(index, "weight")},
                            value=quoted(weight))
        flags = []
        for flag in ("knockout", "rq"):
            value = raw.get(flag, False)
            if not isinstance(value, bool):
                raise UserError("qm.err.form_flag", **{**where, "line": lines.of(index, flag)},
                                field=flag, value=quoted(value))
            flags.append(value)
        knockout, rq = flags
        if rq:
            if rq_first is not None:
                raise UserError("qm.err.form_rq_twice", **{**where, "line": lines.of(index, "rq")},
                                value=quoted(key), first=quoted(rq_first))
            rq_first = key
        factor = raw.get("factor", "")
        if not isinstance(factor, str) or (factor and factors is not None
                                           and factor not in factors):
            raise UserError("qm.err.form_factor", **{**where, "line": lines.of(index, "factor")},
                            value=quoted(factor),
                            known=", ".join(sorted(factors or ())) or "–")
        criteria.append(FormCriterion(
            factor=factor.strip(), key=key, label_nl=label[0], label_en=label[1],
            definition_nl=definition[0], definition_en=definition[1], max=maximum,
            weight=float(weight), knockout=knockout, rq=rq, principle_nl=principle[0],
            principle_en=principle[1], position=index + 1))
    return QmForm(name=name.strip(), criteria=tuple(criteria))
