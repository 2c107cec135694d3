"""Step 1: the month's figures against the agent's own targets, with a 12-month trend."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from coachtui.errors import UserError
from coachtui.model import FigureRow, TargetStatus, add_months, target_status
from coachtui.model.chart import TrendChart, trend_chart
from coachtui.model.number_format import editable_text, optional_decimal, percent_text
from coachtui.screens.steps import TalkStep
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.trend import TrendChartView
from coachtui.services import goals as goal_service
from coachtui.services import talks
from coachtui.services.absence import absence_days, days_text

_SYMBOL = {TargetStatus.MET: "✓", TargetStatus.MISSED: "✗", TargetStatus.NO_TARGET: "·",
           TargetStatus.MISSING: "?"}
_STYLE = {TargetStatus.MET: "green", TargetStatus.MISSED: "red",
          TargetStatus.NO_TARGET: "", TargetStatus.MISSING: "yellow"}


class FiguresStep(TalkStep):
    """Each metric: value, target, difference and status in words; under the table the
    12-month chart of the metric under the cursor (one chart, large enough to read its
    months, scale and target line at 80 columns; a column of small ones would not be)."""

    STEP = 1
    _charts: list[TrendChart]
    BINDINGS = [Binding("t", "edit_target", "Target", id="talk.target",
                        tooltip="Edit this agent's target for the highlighted metric"),
                Binding("d", "qm_drill", "QM contacts", id="talk.qm_drill",
                        tooltip="The evaluated contacts and notes behind qm_score and rq"),
                Binding("p", "personal", "Personal", id="talk.personal",
                        tooltip="Make this figure personal for this agent, or shared again"),
                Binding("i", "include", "In HR record", id="talk.include",
                        tooltip="Put this personal figure in this talk's HR record")]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`d` shows only in a month with scored contacts (qm_score or rq); `t` not in a
        signed talk (it keeps its targets)."""
        if action == "qm_drill":
            month = self.ctx.session.month
            return any(r.month == month and r.source == "qm" for r in self.ctx.view.figures)
        if action in ("edit_target", "personal", "include"):
            return not self.ctx.read_only
        return True

    def action_qm_drill(self) -> None:
        """The month's evaluated contacts behind `qm_score` and `rq`."""
        from coachtui.screens.qm_drill import QmDrillScreen

        self.app.push_screen(QmDrillScreen(self.ctx.session.agent_id, self.ctx.session.month))

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        month = ctx.session.month
        metrics = ctx.view.metrics
        rows = ctx.view.figures
        by_key = {(r.month, r.metric): r for r in rows}
        months = [add_months(month, -i) for i in range(11, -1, -1)]
        table: DataTable[Text] = DataTable(id="figures-table", cursor_type="row",
                                           zebra_stripes=True)
        table.add_columns(ctx.tr("fig.metric"), ctx.tr("fig.value"), ctx.tr("fig.target"),
                          ctx.tr("fig.diff"), ctx.tr("fig.status"))
        in_force = ctx.journal.targets_in_months(ctx.agent.id or 0, [m.key for m in metrics],
                                                 months)
        self._charts = []
        missing = False
        lang = ctx.lang
        personal = {i.key: i.included for i in
                    goal_service.personal_items(ctx.journal, ctx.session.id or 0)
                    if i.kind == "figure"} if ctx.session.id is not None else {}
        personal_metrics = goal_service.personal_metrics(ctx.journal, ctx.agent.id or 0)
        for metric in metrics:
            row = by_key.get((month, metric.key))
            value = row.value if row else None
            target = row.target if row else ctx.view.targets.get(metric.key)
            status = target_status(metric, value, target)
            missing = missing or status is TargetStatus.MISSING
            diff = "" if value is None or target is None else (
                ("+" if value - target >= 0 else "−") + metric.format(abs(value - target), lang))
            # a month's own figure row carries the target it had (signed: as signed)
            self._charts.append(trend_chart(
                metric, months, [by_key[(m, metric.key)].value if (m, metric.key) in by_key
                                 else None for m in months],
                [by_key[(m, metric.key)].target if (m, metric.key) in by_key
                 else in_force.get((metric.key, m)) for m in months], lang))
            word = Text(f"{_SYMBOL[status]} {ctx.tr('target.' + status.value)}",
                        style=_STYLE[status])
            if metric.key in personal_metrics:  # kept out of the HR record unless included
                included = personal.get(metric.key, False)
                word.append(f"  ⚿ {ctx.tr('fig.personal_in' if included else 'fig.personal_out')}",
                            style="bold magenta" if included else "magenta")
            table.add_row(plain_cell(metric.label(lang)), plain_cell(metric.format(value, lang)),
                          plain_cell(metric.format(target, lang)),
                          plain_cell(diff), word)
        absent = absence_days(ctx.journal, ctx.agent.id or 0, month, month)
        if absent:  # the agent's own absence, by days only (never in team views)
            yield Static(ctx.tr("absence.talk_line", month=month,
                                days=days_text(absent, ctx.lang)), classes="hint")
        if not any(r.month == month for r in rows):
            yield Static(ctx.tr("fig.none", month=month), classes="empty-state")
        yield table
        yield Static(id="figures-chart-title", classes="hint")
        yield TrendChartView(self._charts[0] if self._charts else None, id="figures-chart")
        if self._charts:
            yield Static(ctx.tr("charts.legend"), classes="hint")
        yield Static(self._smileys(by_key, month), id="smileys")
        if missing:
            yield Static(ctx.tr("fig.missing_hint", month=month), classes="hint")

    def on_mount(self) -> None:
        self._show_chart(0)

    @on(DataTable.RowHighlighted, "#figures-table")
    def _chart_follows_cursor(self, event: DataTable.RowHighlighted) -> None:
        self._show_chart(event.cursor_row)

    def _show_chart(self, row: int) -> None:
        """The chart of the metric on `row` of the table, with its name above it."""
        if not self._charts:
            self.query_one("#figures-chart-title", Static).display = False
            return
        row = max(0, min(row, len(self._charts) - 1))
        metric = self.ctx.view.metrics[row]
        title = self.ctx.tr("charts.chart_title", metric=metric.label(self.ctx.lang),
                            first=self._charts[row].months[0].month,
                            until=self._charts[row].months[-1].month)
        if not metric.higher_is_better:
            title += " · " + self.ctx.tr("charts.legend_lower")
        self.query_one("#figures-chart-title", Static).update(plain(title))
        self.query_one("#figures-chart", TrendChartView).show(self._charts[row])

    def _smileys(self, by_key: dict[tuple[str, str], FigureRow], month: str) -> Text:
        counts: dict[str, float | None] = {}
        for colour in ("green", "yellow", "red"):
            row = by_key.get((month, f"smileys_{colour}"))
            counts[colour] = row.value if row else None
        known: list[float] = [v for v in counts.values() if v is not None]
        green = counts["green"]
        share = "–"
        if len(known) == 3 and green is not None and sum(known, 0.0):
            share = percent_text(green / sum(known, 0.0) * 100, 0, self.ctx.lang)
        text = Text()
        line = self.ctx.tr("fig.smileys", green="{g}", yellow="{y}", red="{r}", share=share)
        parts = {"{g}": ("green", counts["green"]), "{y}": ("yellow", counts["yellow"]),
                 "{r}": ("red", counts["red"])}
        rest = line
        while rest:
            positions = [(rest.find(k), k) for k in parts if rest.find(k) >= 0]
            if not positions:
                text.append(rest)
                break
            pos, key = min(positions)
            text.append(rest[:pos])
            colour, value = parts[key]
            # The space goes inside the coloured run: Textual drops one that opens a run.
            text.append(f"● {optional_decimal(value, 0, self.ctx.lang)} ", style=f"bold {colour}")
            rest = rest[pos + len(key):].lstrip(" ")
        return text

    # -- "p" and "i": a personal figure, and including it in this talk's HR record -----
    def _highlighted(self) -> tuple[int, str, str] | None:
        ctx = self.ctx
        if ctx.read_only or not ctx.view.metrics:
            return None
        table = self.query_one("#figures-table", DataTable)
        row = min(table.cursor_row, len(ctx.view.metrics) - 1)
        metric = ctx.view.metrics[row]
        return row, metric.key, metric.label(ctx.lang)

    async def _redraw(self, row: int) -> None:
        await self.recompose()
        table = self.query_one("#figures-table", DataTable)
        table.move_cursor(row=row, animate=False)
        table.focus()

    async def action_personal(self) -> None:
        """Mark the highlighted metric's figures personal for this agent (every month), or
        shared again; a personal figure stays out of HR records unless included."""
        found = self._highlighted()
        if found is None:
            return
        row, key, label = found
        ctx = self.ctx
        try:
            now = goal_service.toggle_personal_figure(ctx.journal, ctx.agent.id or 0, key)
        except UserError as exc:
            self.notify(exc.text(ctx.lang), severity="error", markup=False)
            return
        self.notify(ctx.tr("fig.personal_on" if now else "fig.personal_off", metric=label),
                    markup=False)
        await self._redraw(row)

    async def action_include(self) -> None:
        """Put the highlighted personal figure in this talk's HR record on purpose, or take
        it out again."""
        found = self._highlighted()
        if found is None:
            return
        row, key, label = found
        ctx = self.ctx
        try:
            now = goal_service.toggle_record_include(ctx.journal, ctx.session.id or 0,
                                                     f"figure:{key}")
        except UserError:
            self.notify(ctx.tr("fig.include_not_personal", metric=label), markup=False)
            return
        self.notify(ctx.tr("fig.include_on" if now else "fig.include_off", metric=label),
                    markup=False)
        await self._redraw(row)

    # -- "t": the agent's target for the highlighted metric, for the talk's month -------
    def action_edit_target(self) -> None:
        """Ask for the agent's own target for the highlighted metric from the talk's month
        on; the step then shows it (the change is in the change log)."""
        from coachtui.screens.base import CoachScreen
        from coachtui.screens.targets_screen import ask_target
        from coachtui.services import catalogue as catalogue_service

        ctx = self.ctx
        if ctx.read_only or not ctx.view.metrics:
            return
        table = self.query_one("#figures-table", DataTable)
        row = min(table.cursor_row, len(ctx.view.metrics) - 1)
        metric = ctx.view.metrics[row]
        current = ctx.view.targets.get(metric.key)
        question = ctx.tr("targets.ask_agent", name=ctx.agent.name, metric=metric.label(ctx.lang),
                          month=ctx.session.month)

        async def save(number: float) -> None:
            try:
                catalogue_service.set_agent_target(ctx.journal, ctx.agent.id or 0, metric.key,
                                                   number, ctx.session.month)
            except UserError as exc:
                self.notify(exc.text(ctx.lang), severity="error", markup=False)
                return
            self.notify(ctx.tr("targets.saved", metric=metric.label(ctx.lang),
                               value=metric.format(number, ctx.lang), month=ctx.session.month),
                        markup=False)
            view = talks.load_talk(ctx.journal, ctx.session.id or 0, agent_view=ctx.agent_view)
            self.ctx = replace(ctx, view=view)
            await self.recompose()
            table = self.query_one("#figures-table", DataTable)
            table.move_cursor(row=row, animate=False)
            self._show_chart(row)
            table.focus()

        screen = self.screen
        assert isinstance(screen, CoachScreen)
        start = "" if current is None else editable_text(current, ctx.lang)
        ask_target(screen, question, metric, start,
                   lambda number: self.run_worker(save(number), exclusive=True))
