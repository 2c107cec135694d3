"""A two-line text sparkline with the target drawn in: readable in any terminal, no colour needed.

The chart is split at the target: the lower line holds values up to the target, the upper
line what lies above it. Where a month stays at or below the target, the upper line shows
the dotted target line `┈`, so the eye sees at once which months cleared the bar. A missing
month is a `·` on the lower line (missing is never drawn as zero).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

BLOCKS = " ▁▂▃▄▅▆▇█"
TARGET_LINE = "┈"
MISSING = "·"


def _level(value: float, low: float, high: float) -> int:
    """0..8 eighths of one line for `value` between `low` and `high`."""
    if high <= low:
        return 8 if value >= high else 0
    share = (value - low) / (high - low)
    return max(0, min(8, round(share * 8)))


def trend_lines(values: Sequence[float | None], target: float | None = None) -> tuple[str, str]:
    """The (upper, lower) lines of the sparkline for `values`, oldest first."""
    present = [v for v in values if v is not None]
    if not present:
        return (TARGET_LINE * len(values) if target is not None else " " * len(values),
                MISSING * len(values))
    low, high = min(present), max(present)
    upper, lower = [], []
    if target is None:
        # No bar to clear: both lines together are one 16-step chart from min to max.
        for value in values:
            if value is None:
                upper.append(" ")
                lower.append(MISSING)
                continue
            level = _level(value, low, high) * 2 if high > low else 8
            lower.append(BLOCKS[min(level, 8)] if level else BLOCKS[1])
            upper.append(BLOCKS[level - 8] if level > 8 else " ")
        return "".join(upper), "".join(lower)
    bottom = min(low, target)
    top = max(high, target)
    for value in values:
        if value is None:
            upper.append(TARGET_LINE)
            lower.append(MISSING)
        elif value <= target:
            upper.append(TARGET_LINE)
            lower.append(BLOCKS[max(1, _level(value, bottom, target))])
        else:
            lower.append(BLOCKS[8])
            upper.append(BLOCKS[max(1, _level(value, target, top))])
    return "".join(upper), "".join(lower)


def trend_text(values: Sequence[float | None], target: float | None = None,
               *, good_when_higher: bool = True) -> Text:
    """The sparkline as Rich Text: months on the good side of the target in the accent colour,
    the others muted (the colour only repeats what the shape already shows)."""
    upper, lower = trend_lines(values, target)
    text = Text(no_wrap=True)
    for line_no, line in enumerate((upper, lower)):
        for index, char in enumerate(line):
            value = values[index]
            if char in (TARGET_LINE, MISSING) or value is None:
                text.append(char, style="dim")
            elif target is None:
                text.append(char, style="bold")
            else:
                good = value >= target if good_when_higher else value <= target
                text.append(char, style="bold green" if good else "bold red")
        if line_no == 0:
            text.append("\n")
    return text
