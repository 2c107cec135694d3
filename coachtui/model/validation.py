"""Turn pydantic's validation errors into sentences a manager understands."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

_FIELD_WORDS = {
    "email": "e-mail",
    "name": "name",
    "month": "month",
    "from_month": "first month",
    "deadline": "deadline",
    "held_on": "date of the talk",
    "text": "text",
    "employment_end": "end of employment",
    "employment_start": "start of employment",
    "value": "value",
    "rating": "rating",
}

# pydantic error types -> what is wrong, in words (the value is named before it)
_TYPE_WORDS = {
    "date_from_datetime_parsing": "is not a date; write it as YYYY-MM-DD",
    "date_from_datetime_inexact": "is not a date; write it as YYYY-MM-DD",
    "date_parsing": "is not a date; write it as YYYY-MM-DD",
    "date_type": "is not a date; write it as YYYY-MM-DD",
    "datetime_parsing": "is not a date and time",
    "datetime_from_date_parsing": "is not a date and time",
    "datetime_type": "is not a date and time",
    "float_parsing": "is not a number",
    "float_type": "is not a number",
    "int_parsing": "is not a whole number",
    "int_type": "is not a whole number",
    "int_from_float": "is not a whole number",
    "bool_parsing": "is not yes or no",
    "string_type": "is not text",
}


def _sentence(item: Any) -> str:
    parts = [str(p) for p in item.get("loc", ()) if not isinstance(p, int)]
    field = parts[-1] if parts else ""
    words = _FIELD_WORDS.get(field, field.replace("_", " "))
    kind = item.get("type", "")
    given = item.get("input")
    message = str(item.get("msg", "is not valid")).removeprefix("Value error, ").rstrip(".")
    if kind == "missing":
        return f"The {words} is missing." if words else "Something is missing."
    if not words:  # a rule about the whole record, e.g. employment dates in order
        return message[:1].upper() + message[1:] + "."
    if kind in _TYPE_WORDS:
        return f"The {words} {given!r} {_TYPE_WORDS[kind]}."
    if kind == "enum":
        expected = (item.get("ctx") or {}).get("expected", "")
        return f"The {words} {given!r} is not one of {expected}."
    if message.startswith(repr(given)) or message.startswith(f"'{given}'"):
        return f"The {words} {message}."  # our own validators already name the value
    return f"The {words} {given!r} is not accepted: {message[:1].lower() + message[1:]}."


def explain(error: ValidationError) -> str:
    """One or more plain sentences, one per problem, naming the field, value and fault."""
    return " ".join(_sentence(item) for item in error.errors())
