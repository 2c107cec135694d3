"""The year overview as one readable page: a manager can turn the screen to the agent.

Per metric a twelve-month text chart with each month's target drawn in (80 columns is
enough), months on target, average and trend; per factor the `+ ± -` pattern with its
counts, the notes one key away (`n`); the goals with their outcome; the learning points;
the relation quotient per month; the days of absence. Text people typed is shown as typed
(Rich `Text`, never markup).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from coachtui.model import Rating
from coachtui.model.chart import trend_chart
from coachtui.model.number_format import percent_text
from coachtui.outside_text import shown
from coachtui.screens.widgets.trend import chart_text, month_header
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
        charts = [trend_chart(m.metric, m.months, m.values, m.targets, self.lang)
                  for m in metrics]
        axis = max(c.axis_width for c in charts)
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        table.add_column(self._word("year.col.metric"), max_width=18)
        # the charts share their months: one row of month labels heads the column
        table.add_column(month_header(charts[0], axis), no_wrap=True)
        # months on target and the average, the trend under them: fits 80 columns
        table.add_column(f"{self._word('year.col.on_target')} · "
                         f"{self._word('year.col.average')}", no_wrap=True)
        for m, chart in zip(metrics, charts, strict=True):
            on = (self._word("year.on_target_cell", on=m.months_on_target, of=m.months_judged)
                  if m.has_target else self._word("year.no_target"))
            summary = Text(f"{on} · {m.metric.format(m.average, self.lang)}\n")
            summary.append(self._word(f"year.trend.{m.trend}"), style=TREND_STYLE[m.trend])
            table.add_row(self._metric_label(m),
                          chart_text(chart, labels=False, axis_width=axis), summary)
        return Group(table, Text(self._word("charts.legend"), style="dim"))

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
