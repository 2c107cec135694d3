"""Reading one cell as the figure it holds: numbers, percentages, durations, yes/no, months.

Real exports are messy: Dutch Excel writes `87,5%` and `1.234,5`, telephony systems write
`01:02:03`, Excel cells arrive as floats, times and datetimes. Every function here takes a
cell as read (str, number, date, time or None) and returns a plain value, `None` for an
empty cell (missing is never zero), or raises `CellError` with a reason key.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

from coachtui.importers.problems import CellError

# Cells that mean "no value" in exports (Explore writes "-", Dutch tools "n.v.t.")
MISSING = frozenset({"", "-", "–", "—", "n/a", "na", "nvt", "n.v.t.", "null", "none", "#n/a"})

MONTH_NAMES = {
    "jan": 1, "januari": 1, "january": 1, "jan.": 1,
    "feb": 2, "februari": 2, "february": 2, "feb.": 2,
    "mrt": 3, "maart": 3, "mar": 3, "march": 3, "mrt.": 3, "mar.": 3,
    "apr": 4, "april": 4, "apr.": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jun.": 6,
    "jul": 7, "juli": 7, "july": 7, "jul.": 7,
    "aug": 8, "augustus": 8, "august": 8, "aug.": 8,
    "sep": 9, "sept": 9, "september": 9, "sep.": 9, "sept.": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10, "okt.": 10, "oct.": 10,
    "nov": 11, "november": 11, "nov.": 11,
    "dec": 12, "december": 12, "dec.": 12,
}
TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "wahr", "oui"})
FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0", "nein", "non"})

_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^[+-]?\d*,\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_CLOCK = re.compile(r"^(?:(\d+)[.d ]\s*)?(\d+):([0-5]?\d)(?::([0-5]?\d)([.,]\d+)?)?$")
_SPLIT = re.compile(r"[\s\-/.,_]+")


class PercentCell(float):
    """An Excel cell formatted as a percentage: 0.875 shown as 87.5%."""


def is_missing(value: Any) -> bool:
    """True for an empty cell (None, blank text, or a 'no value' marker such as '-')."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in MISSING
    return False


def _finite(number: float) -> float:
    if math.isnan(number) or math.isinf(number):
        raise CellError("imports.why.number")
    return number


def parse_number(value: Any, comma_decimal: bool = False) -> float | None:
    """A number from `1.234,5`, `1,234.5`, `87,5`, `87.5`, `-3` or a numeric cell.

    `1.000` is one thousand in a file that writes decimal commas (`comma_decimal`, set for
    `;`-separated Dutch Excel files), else one.
    """
    if isinstance(value, bool):
        raise CellError("imports.why.number")
    if isinstance(value, int | float):
        return _finite(float(value))
    if is_missing(value):
        return None
    if not isinstance(value, str):
        raise CellError("imports.why.number")
    text = value.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if text.endswith("%"):
        raise CellError("imports.why.percent_here")
    if comma_decimal and _THOUSANDS_DOT.match(text):
        return float(text.replace(".", "").replace(",", "."))
    if _PLAIN_NUMBER.match(text):
        return _finite(float(text))
    if _COMMA_DECIMAL.match(text):
        return float(text.replace(",", "."))
    if _THOUSANDS_DOT.match(text):
        return float(text.replace(".", "").replace(",", "."))
    if _THOUSANDS_COMMA.match(text):
        return float(text.replace(",", ""))
    if _DOT_DECIMAL.match(text):
        return float(text)
    raise CellError("imports.why.number")


def parse_percent(value: Any, *, fraction: bool = False,
                  comma_decimal: bool = False) -> float | None:
    """A percentage 0-100 from `87,5%`, `87.5`, an Excel % cell, or (fraction=True) `0.875`."""
    if isinstance(value, PercentCell):
        return _finite(float(value) * 100.0)
    if isinstance(value, str) and value.strip().endswith("%"):
        number = parse_number(value.strip()[:-1], comma_decimal)
        if number is None:
            raise CellError("imports.why.percent")
        return number
    number = parse_number(value, comma_decimal)
    if number is None:
        return None
    return number * 100.0 if fraction else number


def parse_count(value: Any, comma_decimal: bool = False) -> float | None:
    """A whole, non-negative count (a decimal here is refused rather than rounded)."""
    number = parse_number(value, comma_decimal)
    if number is None:
        return None
    if number < 0 or number != int(number):
        raise CellError("imports.why.count")
    return number


_SCALE = {"seconds": 1.0, "milliseconds": 0.001, "minutes": 60.0, "hours": 3600.0}


def parse_duration(value: Any, unit: str = "seconds", comma_decimal: bool = False
                   ) -> float | None:
    """Seconds from `HH:MM:SS`, `MM:SS`, `1.02:03:04`, an Excel time, or a number in `unit`.

    `unit` says what a bare number means: seconds, milliseconds, minutes or hours.
    """
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, time):
        return float(value.hour * 3600 + value.minute * 60 + value.second
                     + value.microsecond / 1e6)
    if isinstance(value, datetime):
        raise CellError("imports.why.duration")
    if isinstance(value, str) and ":" in value:
        match = _CLOCK.match(value.strip())
        if not match:
            raise CellError("imports.why.duration")
        days, first, second, third, frac = match.groups()
        if third is None and unit == "hours":  # H:MM in a column of hours worked
            seconds = int(first) * 3600 + int(second) * 60
        elif third is None:  # MM:SS
            seconds = int(first) * 60 + int(second)
        else:  # HH:MM:SS
            seconds = int(first) * 3600 + int(second) * 60 + int(third)
        seconds += int(days or 0) * 86400
        return seconds + (float("0." + frac[1:]) if frac else 0.0)
    number = parse_number(value, comma_decimal)
    if number is None:
        return None
    if number < 0:
        raise CellError("imports.why.duration")
    return number * _SCALE[unit]


def parse_bool(value: Any) -> bool | None:
    """True/False from `Ja`/`Nee`, `Yes`/`No`, `1`/`0`, `x`, `true`/`false`."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if is_missing(value):
        return None
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise CellError("imports.why.bool")


def _year(token: str) -> int:
    number = int(token)
    if len(token) == 2:
        return 2000 + number
    if len(token) == 4 and 1990 <= number <= 2200:
        return number
    raise CellError("imports.why.month")


def _month_text(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise CellError("imports.why.month")
    return f"{year:04d}-{month:02d}"


def parse_month(value: Any, *, day_first: bool = True) -> str | None:
    """`YYYY-MM` from `2026-10`, `okt-2026`, `October 2026`, `10/2026`, a date or datetime.

    A full date (`03-10-2026`, `2026-10-03 14:22`) gives its month; with slashes and both
    numbers <= 12 `day_first` decides (European order unless the profile says otherwise).
    """
    if isinstance(value, datetime | date):
        return _month_text(value.year, value.month)
    if is_missing(value):
        return None
    if not isinstance(value, str):
        raise CellError("imports.why.month")
    text = value.strip().lower()
    for cut in ("t", " "):  # drop a time of day: 2026-10-03T14:22, 03-10-2026 14:22
        head, sep, tail = text.partition(cut)
        if sep and ":" in tail and any(ch.isdigit() for ch in head):
            text = head
    tokens = [t for t in _SPLIT.split(text) if t]
    names = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    try:
        if names:
            if len(names) != 1 or len(numbers) not in (1, 2):
                raise CellError("imports.why.month")
            month = MONTH_NAMES.get(names[0]) or MONTH_NAMES.get(names[0].rstrip("."))
            if month is None:
                raise CellError("imports.why.month")
            year_tokens = [t for t in numbers if len(t) == 4] or numbers[-1:]
            return _month_text(_year(year_tokens[0]), month)
        if len(numbers) == 2:
            a, b = numbers
            if len(a) == 4:
                return _month_text(_year(a), int(b))
            return _month_text(_year(b), int(a))
        if len(numbers) == 3:
            a, b, c = numbers
            if len(a) == 4:
                return _month_text(_year(a), int(b))
            first, second = int(a), int(b)
            if "/" in text and not day_first and first <= 12:
                return _month_text(_year(c), first)
            if first > 12 or day_first:
                return _month_text(_year(c), second)
            return _month_text(_year(c), first)
        if len(numbers) == 1 and len(numbers[0]) == 6:  # 202610
            return _month_text(_year(numbers[0][:4]), int(numbers[0][4:]))
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError("imports.why.month") from exc
    raise CellError("imports.why.month")


def converter(unit: str, comma_decimal: bool = False) -> Callable[[Any], float | None]:
    """The function that reads a cell written in `unit` as the metric's value.

    Percentages become 0-100, durations become seconds, counts must be whole numbers.
    """
    if unit == "percent":
        return partial(parse_percent, comma_decimal=comma_decimal)
    if unit == "fraction":
        return partial(parse_percent, fraction=True, comma_decimal=comma_decimal)
    if unit == "count":
        return partial(parse_count, comma_decimal=comma_decimal)
    if unit == "number":
        return partial(parse_number, comma_decimal=comma_decimal)
    if unit == "duration":
        return partial(parse_duration, comma_decimal=comma_decimal)
    return partial(parse_duration, unit=unit, comma_decimal=comma_decimal)
