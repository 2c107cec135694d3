"""Months as people type them: `YYYY-MM`, refused in words that name the option."""

from __future__ import annotations

from coachtui.errors import UserError
from coachtui.model import check_month
from coachtui.outside_text import quoted


def checked_month(value: str | None, option: str = "--month") -> str | None:
    """`value` when it is a YYYY-MM month (None stays None); a refusal naming the option."""
    if value is None:
        return None
    try:
        return check_month(value)
    except ValueError:
        raise UserError("services.bad_month", option=option, value=quoted(value)) from None
