"""Numbers in the person's language, through Babel: one place (`number_format`) for the
decimal mark, grouping and percent, in Dutch (nl_NL) and English (en_GB)."""

from __future__ import annotations

import pytest

from coachtui.model.catalogue import MetricDefinition, Unit
from coachtui.model.number_format import (
    MISSING,
    decimal_text,
    editable_text,
    figure_text,
    locale_name,
    optional_decimal,
    optional_percent,
    percent_text,
)


@pytest.mark.parametrize(("lang", "expected"), [("nl", "1.234,5"), ("en", "1,234.5")])
def test_decimal_mark_and_grouping(lang, expected):
    assert decimal_text(1234.5, 1, lang) == expected


@pytest.mark.parametrize(("value", "decimals", "nl", "en"), [
    (2.5, None, "2,5", "2.5"),
    (3.0, None, "3", "3"),
    (1234567.0, None, "1.234.567", "1,234,567"),
    (0.125, None, "0,125", "0.125"),
    (90.0, 1, "90,0", "90.0"),
    (6.0, 0, "6", "6"),
    (85.55, 1, "85,6", "85.6"),
    (-1234.5, 1, "-1.234,5", "-1,234.5"),
    (-0.04, 1, "0,0", "0.0"),  # rounds to zero: no minus sign
])
def test_decimal_text(value, decimals, nl, en):
    assert decimal_text(value, decimals, "nl") == nl
    assert decimal_text(value, decimals, "en") == en


@pytest.mark.parametrize(("share", "decimals", "nl", "en"), [
    (90.9, 1, "90,9%", "90.9%"),
    (87.0, 0, "87%", "87%"),
    (100.0, 1, "100,0%", "100.0%"),
    (-12.5, 1, "-12,5%", "-12.5%"),
    (1234.5, 1, "1.234,5%", "1,234.5%"),
])
def test_percent_text(share, decimals, nl, en):
    assert percent_text(share, decimals, "nl") == nl
    assert percent_text(share, decimals, "en") == en


def test_missing_values_read_as_a_dash():
    assert optional_decimal(None, 1, "nl") == MISSING
    assert optional_percent(None, 0, "en") == MISSING
    assert figure_text(None, None, "nl") == MISSING
    assert optional_decimal(2.25, 2, "nl") == "2,25"
    assert optional_percent(50.0, 0, "nl") == "50%"


def test_an_editable_number_has_no_grouping_so_it_reads_back():
    assert editable_text(1234.5, "nl") == "1234,5"
    assert editable_text(1234.5, "en") == "1234.5"
    assert editable_text(85.0, "nl") == "85"


def test_locales():
    assert locale_name("nl") == "nl_NL"
    assert locale_name("en") == "en_GB"
    assert locale_name("fr") == "en_GB"  # an unknown language reads as English


def _metric(unit: Unit, decimals: int = 1) -> MetricDefinition:
    return MetricDefinition(key="m", label_nl="M", label_en="M", unit=unit,
                            higher_is_better=True, decimals=decimals)


@pytest.mark.parametrize(("unit", "value", "nl", "en"), [
    (Unit.PERCENT, 90.44, "90,4%", "90.4%"),
    (Unit.PER_HOUR, 5.42, "5,4/h", "5.4/h"),
    (Unit.COUNT, 1234.0, "1.234", "1,234"),
    (Unit.NUMBER, -3.25, "-3,2", "-3.2"),  # half to even on the decimal value
    (Unit.SECONDS, 185.0, "3:05", "3:05"),
    (Unit.PERCENT, None, MISSING, MISSING),
])
def test_metric_format_keeps_its_signature_and_reads_in_the_language(unit, value, nl, en):
    metric = _metric(unit)
    assert metric.format(value, "nl") == nl
    assert metric.format(value, "en") == en
    assert figure_text(metric, value, "nl") == nl
