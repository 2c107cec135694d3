"""The text sparkline: target line, months above and below it, missing months."""

from __future__ import annotations

from coachtui.screens.widgets.trend import MISSING, TARGET_LINE, trend_lines, trend_text


def test_months_above_target_reach_into_the_upper_line():
    upper, lower = trend_lines([70.0, 80.0, 90.0, 100.0], target=85.0)
    assert len(upper) == len(lower) == 4
    # At or below the target: the upper line shows the target line, the bar stays below.
    assert upper[:2] == TARGET_LINE * 2
    assert lower[0] == "▁" and lower[1] != "█"
    # Above the target: the lower line is full and the bar continues above the line.
    assert lower[2:] == "██"
    assert upper[2] not in (TARGET_LINE, " ")
    assert upper[3] == "█"


def test_missing_month_is_a_dot_never_a_zero_bar():
    upper, lower = trend_lines([5.0, None, 7.0], target=6.0)
    assert lower[1] == MISSING
    assert upper[1] == TARGET_LINE


def test_no_target_uses_both_lines_as_one_chart_without_a_target_line():
    upper, lower = trend_lines([1.0, 2.0, 3.0], target=None)
    assert TARGET_LINE not in upper + lower
    assert lower == "▁██"
    assert upper[0] == " " and upper[2] == "█"


def test_nothing_measured_is_all_missing():
    assert trend_lines([None, None], target=4.0) == (TARGET_LINE * 2, MISSING * 2)


def test_text_has_two_lines_of_the_same_width():
    text = trend_text([3.0, 9.0, 4.0], target=6.0, good_when_higher=False)
    first, second = text.plain.split("\n")
    assert len(first) == len(second) == 3
