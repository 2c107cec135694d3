"""Months as `YYYY-MM` strings: checking, stepping and ranges."""

from __future__ import annotations

import re

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(value: str) -> str:
    """Return `value` if it is a `YYYY-MM` month, else raise ValueError in plain words."""
    if not isinstance(value, str) or not _MONTH.match(value):
        raise ValueError(f"'{value}' is not a month; write it as YYYY-MM, for example 2026-10")
    return value


def add_months(month: str, n: int) -> str:
    """The month `n` months after `month` (negative goes back)."""
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + (mon - 1) + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last`, both included."""
    out: list[str] = []
    month = first
    while month <= last:
        out.append(month)
        month = add_months(month, 1)
    return out


def previous_month(month: str) -> str:
    """The month before `month`."""
    return add_months(month, -1)
