"""Turn pydantic's validation errors into sentences a manager understands."""

from __future__ import annotations

from pydantic import ValidationError

_FIELD_WORDS = {
    "email": "e-mail",
    "name": "name",
    "month": "month",
    "from_month": "first month",
    "deadline": "deadline",
    "text": "text",
    "employment_end": "end of employment",
    "employment_start": "start of employment",
    "value": "value",
    "rating": "rating",
}


def explain(error: ValidationError) -> str:
    """One or more plain sentences, one per problem, naming the field and what is wrong."""
    sentences = []
    for item in error.errors():
        field = ".".join(str(p) for p in item.get("loc", ()) if not isinstance(p, int))
        words = _FIELD_WORDS.get(field, field.replace("_", " "))
        message = str(item.get("msg", "is not valid"))
        message = message.removeprefix("Value error, ")
        given = item.get("input")
        if item.get("type") == "missing":
            sentences.append(f"The {words} is missing.")
        elif words and message[:1].islower() and "'" not in message:
            sentences.append(f"The {words} {given!r} is not accepted: {message}.")
        else:
            sentences.append(message[:1].upper() + message[1:].rstrip(".") + ".")
    return " ".join(sentences)
