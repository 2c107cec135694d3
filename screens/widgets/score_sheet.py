"""The QM form as a sheet to score on: per customer principle the criteria, each with its
definition (and the readings agreed in calibration), one key per criterion (0..max) and a
note. The screen that holds it saves what `ScoreSheet.Scored` and `Input.Changed` report."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Input, Label, Static

from coachtui.model.number_format import decimal_text
from coachtui.model.qm_form import FormCriterion, QmForm
from coachtui.outside_text import shown
from coachtui.texts import tr


class CriterionRow(Static, can_focus=True):
    """One criterion: label, score so far and definition; a digit key scores it."""

    DEFAULT_CSS = """
    CriterionRow { height: auto; padding: 0 1; }
    CriterionRow:focus { background: $accent 30%; }
    """

    def __init__(self, criterion: FormCriterion, readings: list[str], lang: str,
                 score: int | None) -> None:
        super().__init__(id=f"crit-{criterion.key}", classes="criterion")
        self.criterion = criterion
        self.readings = readings
        self.lang = lang
        self.score = score

    def on_mount(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        """Show the criterion with its current score."""
        c = self.criterion
        text = Text()
        text.append(f"{c.label(self.lang)} ", style="bold")
        flags = [tr("qm.weight", self.lang, weight=decimal_text(c.weight, None, self.lang))]
        if c.knockout:
            flags.append(tr("qm.knockout", self.lang))
        if c.rq:
            flags.append("RQ")
        text.append(f"({', '.join(flags)}) ", style="dim")
        score = "·" if self.score is None else str(self.score)
        text.append(f" {score} / {c.max} ", style="bold reverse" if self.score is not None
                    else "reverse")
        text.append("\n" + shown(c.definition(self.lang)), style="italic")
        for reading in self.readings:
            text.append("\n" + tr("qm.reading", self.lang, text=shown(reading)), style="cyan")
        self.update(text)

    def on_key(self, event: events.Key) -> None:
        if event.character is not None and event.character.isdigit():
            event.stop()
            value = int(event.character)
            if value > self.criterion.max:
                self.app.notify(tr("qm.ui.above_max", self.lang, value=value,
                                   max=self.criterion.max), severity="warning", markup=False)
                return
            self.post_message(ScoreSheet.Scored(self.criterion.key, value))
        elif event.key in ("backspace", "delete"):
            event.stop()
            self.post_message(ScoreSheet.Scored(self.criterion.key, None))


class ScoreSheet(VerticalScroll, can_focus=False):
    """The whole form, grouped by principle, with a note field under each criterion."""

    DEFAULT_CSS = """
    ScoreSheet { height: 1fr; }
    ScoreSheet .principle { margin-top: 1; padding: 0 1; text-style: bold underline; }
    ScoreSheet Input.criterion-note { margin: 0 1 0 3; height: 1; border: none;
                                      padding: 0 1; background: $boost; }
    ScoreSheet Input.criterion-note:focus { background: $accent 30%; }
    """

    class Scored(Message):
        """A criterion got a score (None: cleared)."""

        def __init__(self, key: str, score: int | None) -> None:
            super().__init__()
            self.key = key
            self.score = score

    def __init__(self, form: QmForm, lang: str, scores: dict[str, int] | None = None,
                 notes: dict[str, str] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.form = form
        self.lang = lang
        self.scores = dict(scores or {})
        self.notes = dict(notes or {})

    def compose(self) -> ComposeResult:
        principle: str | None = None
        for c in self.form.criteria:
            if c.principle(self.lang) != principle:
                principle = c.principle(self.lang)
                yield Label(shown(principle or tr("qm.no_principle", self.lang)),
                            classes="principle")
            yield CriterionRow(c, self.form.notes.get(c.key, []), self.lang,
                               self.scores.get(c.key))
            yield Input(self.notes.get(c.key, ""), id=f"note-{c.key}",
                        placeholder=tr("qm.ui.note_placeholder", self.lang),
                        classes="criterion-note")

    def show_score(self, key: str, score: int | None) -> None:
        """Show a criterion's new score."""
        if score is None:
            self.scores.pop(key, None)
        else:
            self.scores[key] = score
        row = self.query_one(f"#crit-{key}", CriterionRow)
        row.score = score
        row.redraw()

    def focus_after(self, key: str) -> None:
        """Focus the criterion after `key` (its note is a Tab away)."""
        rows = list(self.query(CriterionRow))
        index = next((i for i, r in enumerate(rows) if r.criterion.key == key), -1)
        if 0 <= index < len(rows) - 1:
            rows[index + 1].focus()

    def reset(self) -> None:
        """Empty every score and note (the next participant starts blank)."""
        self.scores.clear()
        self.notes.clear()
        for row in self.query(CriterionRow):
            row.score = None
            row.redraw()
        for field in self.query("Input.criterion-note").results(Input):
            with field.prevent(Input.Changed):
                field.value = ""
