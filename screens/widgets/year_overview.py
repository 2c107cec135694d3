"""The year overview as one readable page: a manager can turn the screen to the agent.

Per metric a twelve-month text chart with each month's target drawn in (80 columns is
enough), months on target, average and trend; per factor the `+ ± -` pattern with its
counts, the notes one key away (`n`); the goals with their outcome; the learning points;
the relation quotient per month; the days of absence. Text people typed is shown as typed
(Rich `Text`, never markup).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from coachtui.model import Rating
from coachtui.model.number_format import percent_text
from coachtui.outside_text import shown
from coachtui.screens.widgets.trend import BLOCKS, MISSING, TARGET_LINE
from coachtui.services.year import (
    RATING_MARK,
    MetricYear,
    Trend,
    YearOverview,
    absence_words,
    goal_words,
)
from coachtui.texts import tr

RATING_STYLE = {Rating.PLUS: "bold green", Rating.MIXED: "yellow", Rating.MINUS: "bold red",
                None: "dim"}
TREND_STYLE = {Trend.BETTER: "green", Trend.WORSE: "red", Trend.STEADY: "",
               Trend.UNKNOWN: "dim"}


def _level(value: float, low: float, high: float) -> int:
    """0..8 eighths of one line for `value` between `low` and `high`."""
    if high <= low:
        return 8 if value >= high else 0
    return max(0, min(8, round((value - low) / (high - low) * 8)))


def year_chart(values: Sequence[float | None], targets: Sequence[float | None],
               higher_is_better: bool = True) -> Text:
    """Two lines, one column per month, split at that month's own target (as the agent
    page's sparkline): the lower line up to the target, the upper line what lies above it,
    `┈` where a month stays below. A month without a target is a plain two-line bar; a
    missing figure is `·`. Green on target, red off, bold without a target."""
    present = [v for v in values if v is not None]
    aims = [t for t in targets if t is not None]
    bottom = min(present + aims, default=0.0)
    top = max(present + aims, default=1.0)
    upper, lower = Text(no_wrap=True), Text(no_wrap=True)
    for value, target in zip(values, targets, strict=True):
        if value is None:
            upper.append(TARGET_LINE if target is not None else " ", style="dim")
            lower.append(MISSING, style="dim")
            continue
        if target is None:
            level = _level(value, bottom, top) * 2
            lower.append(BLOCKS[min(max(level, 1), 8)], style="bold")
            upper.append(BLOCKS[level - 8] if level > 8 else " ", style="bold")
            continue
        good = value >= target if higher_is_better else value <= target
        style = "bold green" if good else "bold red"
        if value <= target:
            upper.append(TARGET_LINE, style="dim")
            lower.append(BLOCKS[max(1, _level(value, bottom, target))], style=style)
        else:
            lower.append(BLOCKS[8], style=style)
            upper.append(BLOCKS[max(1, _level(value, target, top))], style=style)
    return Text("\n").join([upper, lower])


class YearOverviewView(Vertical, can_focus=True):
    """The year overview of one agent; `n` shows or hides the notes on the factors."""

    DEFAULT_CSS = """
    YearOverviewView { height: auto; padding: 0 1; }
    YearOverviewView > .year-title { text-style: bold; margin-top: 1; }
    YearOverviewView > .year-hint { color: $text-muted; }
    YearOverviewView > #year-notes { display: none; padding-left: 2; }
    YearOverviewView.-notes > #year-notes { display: block; }
    YearOverviewView:focus { background-tint: $foreground 3%; }
    """
    BINDINGS = [Binding("n", "toggle_notes", "Notes", id="year.notes",
                        tooltip="Show or hide the notes on the factors, month by month")]

    def __init__(self, overview: YearOverview, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.overview = overview
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(id="year-period", classes="year-hint")
        yield Static(id="year-empty")
        for name in ("metrics", "factors", "goals", "lp", "rq"):
            yield Static(id=f"year-{name}-title", classes="year-title")
            yield Static(id=f"year-{name}")
            if name == "factors":
                yield Static(id="year-notes")
        yield Static(id="year-absence", classes="year-title")

    def on_mount(self) -> None:
        self._draw()

    def update_overview(self, overview: YearOverview, lang: str) -> None:
        """Show another overview, or the same in another language."""
        self.overview = overview
        self.lang = lang
        if self.is_mounted:
            self._draw()

    def action_toggle_notes(self) -> None:
        """Show or hide the notes on the factors."""
        self.toggle_class("-notes")

    @property
    def notes_shown(self) -> bool:
        """True while the notes on the factors are shown."""
        return self.has_class("-notes")

    # -- drawing -------------------------------------------------------------------------
    def _word(self, key: str, **values: object) -> str:
        return tr(key, self.lang, **values)

    def _put(self, name: str, content: RenderableType | str) -> None:
        """Show `content` in the part `name`; a string is shown as is (never markup)."""
        if isinstance(content, str):
            content = Text(shown(content, multiline=True))
        self.query_one(f"#{name}", Static).update(content)

    def _draw(self) -> None:
        view = self.overview
        self._put("year-period", self._word("year.period", first=view.first, until=view.until))
        empty = view.is_empty
        self.query_one("#year-empty", Static).display = empty
        self._put("year-empty", Text(self._word("year.empty", first=view.first,
                                              until=view.until), style="dim"))
        for static in self.query(Static):
            if static.id not in (None, "year-period", "year-empty", "year-notes"):
                static.display = not empty
        if empty:
            return
        self._put("year-metrics-title", self._word("year.metrics_title"))
        self._put("year-metrics", self._metrics())
        self._put("year-factors-title", self._word("year.factors_title"))
        self._put("year-factors", self._factors())
        self._put("year-notes", self._notes())
        self._put("year-goals-title", self._word("year.goals_title"))
        self._put("year-goals", self._lines([goal_words(g, self.lang) for g in view.goals],
                                            "year.no_goals", bullet="• "))
        self._put("year-lp-title", self._word("year.lp_title"))
        self._put("year-lp", self._lines([f"{p.month}  {p.text}" for p in view.learning_points],
                                         "year.no_lp"))
        self._put("year-rq-title", self._word("year.rq_title"))
        self._put("year-rq", self._relation())
        self._put("year-absence", absence_words(view.absence_days, self.lang))

    def _lines(self, lines: list[str], empty_key: str, bullet: str = "") -> Text:
        if not lines:
            return Text(self._word(empty_key), style="dim")
        return Text("\n").join(Text(bullet + shown(line, multiline=True)) for line in lines)

    def _metric_label(self, m: MetricYear) -> Text:
        label = Text(shown(m.metric.label(self.lang)))
        if not m.metric.higher_is_better:
            label.append("\n" + self._word("year.lower_is_better"), style="dim")
        return label

    def _metrics(self) -> RenderableType:
        metrics = self.overview.metrics
        if not any(m.months_with_value for m in metrics):
            return Text(self._word("year.no_metrics"), style="dim")
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        table.add_column(self._word("year.col.metric"), no_wrap=True, max_width=22)
        table.add_column(self._word("year.col.chart"), no_wrap=True)
        table.add_column(self._word("year.col.on_target"), no_wrap=True)
        table.add_column(self._word("year.col.average"), justify="right", no_wrap=True)
        table.add_column(self._word("year.col.trend"), no_wrap=True)
        for m in metrics:
            on = (self._word("year.on_target_cell", on=m.months_on_target, of=m.months_judged)
                  if m.has_target else self._word("year.no_target"))
            table.add_row(self._metric_label(m),
                          year_chart(m.values, m.targets, m.metric.higher_is_better),
                          Text(on), Text(m.metric.format(m.average, self.lang)),
                          Text(self._word(f"year.trend.{m.trend}"), style=TREND_STYLE[m.trend]))
        return Group(table, Text(self._word("year.chart_legend"), style="dim"))

    def _factors(self) -> RenderableType:
        factors = self.overview.factors
        if not any(f.rated for f in factors):
            return Text(self._word("year.no_factors"), style="dim")
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        table.add_column(self._word("year.col.factor"), no_wrap=True, max_width=28)
        table.add_column(self._word("year.col.pattern"), no_wrap=True)
        table.add_column(self._word("year.col.counts"), no_wrap=True)
        for f in factors:
            pattern = Text(no_wrap=True)
            for rating in f.ratings:
                pattern.append(RATING_MARK[rating], style=RATING_STYLE[rating])
            table.add_row(Text(shown(f.factor.label(self.lang))), pattern, Text(self._word(
                "year.counts_cell", plus=f.count(Rating.PLUS), mixed=f.count(Rating.MIXED),
                minus=f.count(Rating.MINUS))))
        has_notes = any(f.notes for f in factors)
        hint = self._word("year.pattern_legend")
        if has_notes:
            hint += " · " + self._word("year.notes_hint")
        return Group(table, Text(hint, style="dim"))

    def _notes(self) -> RenderableType:
        text = Text()
        for f in self.overview.factors:
            for month, note in f.notes:
                if text:
                    text.append("\n")
                text.append(f"{shown(f.factor.label(self.lang))}, {month}: ", style="bold")
                text.append(shown(note, multiline=True))
        return text if text else Text(self._word("year.no_notes"), style="dim")

    def _relation(self) -> RenderableType:
        relation = self.overview.relation
        if not any(r.observed for r in relation):
            return Text(self._word("year.rq_none"), style="dim")
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        for r in relation:
            table.add_column(r.month[5:], justify="right", no_wrap=True)
        table.add_row(*[Text(percent_text(r.share, 0, self.lang)) if r.share is not None
                        else Text("–", style="dim") for r in relation])
        table.add_row(*[Text(f"n={r.observed}", style="dim") if r.observed else Text("")
                        for r in relation])
        return table
