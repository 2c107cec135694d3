"""The trend chart model: scale, month labels, gaps, each month's own target, direction."""

from __future__ import annotations

import pytest

from coachtui.model.catalogue import MetricDefinition, Unit
from coachtui.model.chart import (
    MISSING_MARK,
    TARGET_LINE,
    CellKind,
    chart_of,
    level_marks,
    scale_of,
    trend_chart,
)

MONTHS = [f"2025-{m:02d}" for m in range(11, 13)] + [f"2026-{m:02d}" for m in range(1, 11)]
FTR = MetricDefinition(key="ftr", label_nl="FTR", label_en="FTR", unit=Unit.PERCENT,
                       decimals=1)
RED = MetricDefinition(key="smileys_red", label_nl="Rood", label_en="Red", unit=Unit.COUNT,
                       higher_is_better=False)


def _plain(rows):
    return ["".join(c.char for c in row) for row in rows]


def test_scale_holds_values_and_targets_in_round_steps_and_never_below_zero():
    assert scale_of([80, 82, None, 93], [85]) == (75.0, 95.0)
    assert scale_of([2, 6], [4]) == (1.0, 6.0)
    assert scale_of([0.5, 40], [None])[0] == 0.0  # the floor stops at zero
    assert scale_of([-20, 40], [30]) == (-40.0, 40.0)
    assert scale_of([100], []) == (90.0, 100.0)  # flat: the value stands at the top
    assert scale_of([0], []) == (0.0, 1.0)
    assert scale_of([None], [None]) == (0.0, 1.0)
    low, high = scale_of([70], [99])
    assert low <= 70 and high >= 99


def test_scale_labels_are_in_the_metrics_format_and_language():
    values = [80.0] * 12
    nl = trend_chart(FTR, MONTHS, values, [85.0] * 12, "nl")
    en = trend_chart(FTR, MONTHS, values, [85.0] * 12, "en")
    assert (nl.low_label, nl.high_label) == ("78,0%", "85,0%")
    assert (en.low_label, en.high_label) == ("78.0%", "85.0%")
    assert _plain(en.text_rows(3))[0].startswith("85.0%┤")
    assert _plain(en.text_rows(3))[2].startswith("78.0%┤")


@pytest.mark.parametrize(("lang", "names"), [("en", ["Jan", "Apr", "Jul", "Oct"]),
                                             ("nl", ["jan", "apr", "jul", "okt"])])
def test_months_are_labelled_every_third_counting_back_from_the_last(lang, names):
    chart = trend_chart(FTR, MONTHS, [80.0] * 12, [None] * 12, lang)
    assert [m.label for m in chart.months][2:4] == (["Jan", "Feb"] if lang == "en"
                                                    else ["jan", "feb"])
    assert chart.labelled() == [2, 5, 8, 11]
    label_row = _plain(chart.text_rows(2))[-1]
    assert label_row.split() == names
    indent = chart.axis_width + 1
    assert label_row.index(names[0]) == indent + 2 * 2  # under the bar of 2026-01
    assert label_row.index(names[-1]) == indent + 2 * 11


def test_a_missing_month_is_a_gap_never_a_zero_bar():
    values = [80.0, None, 90.0] + [85.0] * 9
    chart = trend_chart(FTR, MONTHS, values, [None] * 12, "en")
    rows = chart.text_rows(3)
    column = chart.axis_width + 1 + 2 * 1  # the bar column of the second month
    assert [row[column].char for row in rows[:3]] == [" ", " ", MISSING_MARK]
    assert rows[2][column].kind is CellKind.MISSING
    assert chart.months[1].missing and chart.months[1].met is None
    assert chart.has_value and not chart.has_target


def test_each_month_is_judged_against_its_own_target_and_the_line_steps():
    values = [86.0] * 12
    targets = [85.0] * 6 + [90.0] * 6
    chart = trend_chart(FTR, MONTHS, values, targets, "en")
    assert [m.met for m in chart.months] == [True] * 6 + [False] * 6
    rows = chart.text_rows(4)
    indent = chart.axis_width + 1

    def line_row(month: int) -> int:
        return next(n for n, row in enumerate(rows[:4])
                    if row[indent + 2 * month + 1].char == TARGET_LINE)

    assert line_row(0) > line_row(11)  # the higher target is drawn higher
    kinds = {c.kind for row in rows for c in row[indent + 22:indent + 23]}
    assert CellKind.MISSED in kinds  # the last month's bar, under its raised target
    assert CellKind.MET in {c.kind for row in rows for c in row[indent:indent + 1]}


def test_lower_is_better_turns_the_verdict_not_the_shape():
    chart = trend_chart(RED, MONTHS, [3.0] * 11 + [9.0], [6.0] * 12, "en")
    assert [m.met for m in chart.months] == [True] * 11 + [False]
    assert not chart.higher_is_better


def test_a_series_without_a_catalogue_metric_uses_the_given_format():
    chart = chart_of(MONTHS[:3], [1.0, 2.0, 3.0], [2.0, 2.0, 2.0], "en",
                     higher_is_better=True, fmt=lambda v: f"<{v:g}>")
    assert chart.high_label == "<3>" and chart.low_label.startswith("<")
    with pytest.raises(ValueError):
        chart_of(MONTHS[:3], [1.0], [None], "en", higher_is_better=True, fmt=str)


def test_share_places_values_between_the_bottom_and_top_of_the_scale():
    chart = trend_chart(FTR, MONTHS, [80.0] * 11 + [95.0], [None] * 12, "en")
    assert chart.share(chart.low) == 0.0 and chart.share(chart.high) == 1.0
    assert chart.share(1000) == 1.0 and chart.share(-5) == 0.0


def test_level_marks_for_a_series_without_months():
    assert level_marks([1.0, None, 3.0]) == level_marks([1.0, None, 3.0])
    marks = level_marks([1.0, None, 3.0])
    assert len(marks) == 3 and marks[1] == " " and marks[0] < marks[2]
