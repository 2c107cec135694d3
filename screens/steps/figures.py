"""Step 1: the month's figures against the agent's own targets, with a 12-month trend."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from coachtui.model import FigureRow, TargetStatus, add_months, target_status
from coachtui.screens.steps import TalkStep
from coachtui.screens.widgets.plain_text import plain_cell

_BLOCKS = "▁▂▃▄▅▆▇█"
_SYMBOL = {TargetStatus.MET: "✓", TargetStatus.MISSED: "✗", TargetStatus.NO_TARGET: "·",
           TargetStatus.MISSING: "?"}
_STYLE = {TargetStatus.MET: "green", TargetStatus.MISSED: "red",
          TargetStatus.NO_TARGET: "", TargetStatus.MISSING: "yellow"}


def spark(values: list[float | None]) -> str:
    """A one-line trend of block characters; gaps for missing months."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    return "".join(" " if v is None else _BLOCKS[round((v - low) / span * 7)] for v in values)


class FiguresStep(TalkStep):
    """Each metric: value, target, difference, trend and status in words."""

    STEP = 1
    BINDINGS = [Binding("d", "qm_drill", "QM contacts", id="talk.qm_drill",
                        tooltip="The evaluated contacts and notes behind qm_score and rq")]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The `d` key shows only in a month with scored contacts (qm_score or rq)."""
        if action == "qm_drill":
            month = self.ctx.session.month
            return any(r.month == month and r.source == "qm" for r in self.ctx.view.figures)
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
                          ctx.tr("fig.diff"), ctx.tr("fig.trend"), ctx.tr("fig.status"))
        missing = False
        for metric in metrics:
            row = by_key.get((month, metric.key))
            value = row.value if row else None
            target = row.target if row else ctx.view.targets.get(metric.key)
            status = target_status(metric, value, target)
            missing = missing or status is TargetStatus.MISSING
            diff = "" if value is None or target is None else (
                ("+" if value - target >= 0 else "−") + metric.format(abs(value - target)))
            trend = spark([by_key[(m, metric.key)].value if (m, metric.key) in by_key else None
                           for m in months])
            word = f"{_SYMBOL[status]} {ctx.tr('target.' + status.value)}"
            table.add_row(plain_cell(metric.label(ctx.lang)), plain_cell(metric.format(value)),
                          plain_cell(metric.format(target) if target is not None else "–"),
                          plain_cell(diff), Text(trend, style="cyan"),
                          Text(word, style=_STYLE[status]))
        if not any(r.month == month for r in rows):
            yield Static(ctx.tr("fig.none", month=month), classes="empty-state")
        yield table
        yield Static(self._smileys(by_key, month), id="smileys")
        if missing:
            yield Static(ctx.tr("fig.missing_hint", month=month), classes="hint")

    def _smileys(self, by_key: dict[tuple[str, str], FigureRow], month: str) -> Text:
        counts: dict[str, float | None] = {}
        for colour in ("green", "yellow", "red"):
            row = by_key.get((month, f"smileys_{colour}"))
            counts[colour] = row.value if row else None
        known: list[float] = [v for v in counts.values() if v is not None]
        green = counts["green"]
        share = "–"
        if len(known) == 3 and green is not None and sum(known, 0.0):
            share = f"{green / sum(known, 0.0) * 100:.0f}%"
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
            text.append(f"● {'–' if value is None else f'{value:.0f}'} ", style=f"bold {colour}")
            rest = rest[pos + len(key):].lstrip(" ")
        return text
