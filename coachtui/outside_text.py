"""Text from outside (names, e-mails, notes, cells) made safe to show: it never acts.

A name imported from a CSV or a helpdesk may carry escape sequences that write the
clipboard (OSC 52), set the window title, clear the screen or plant a link, and bidi
overrides that turn a name around. Stored data stays as it came; what is *shown* goes
through `shown()`: control characters (C0 but newline and tab where a field allows them,
DEL, C1) and bidi controls become visible placeholders, never raw bytes.
"""

from __future__ import annotations

import io
import re
from typing import TextIO

# C0 controls (0x00-0x1F) get the Unicode "control pictures" (U+2400 + code): ESC shows
# as "␛", NUL as "␀". DEL shows as "␡". C1 controls and the bidi controls have no picture:
# they show as an escape such as "\x9b" or "\u202e", which names them for the reader.
# A lone surrogate (a byte that was not UTF-8, kept by `surrogateescape`) cannot be
# written to any stream: it shows as "\ufffd", the replacement character.
_C0 = {code: chr(0x2400 + code) for code in range(0x20)}
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_TABLE: dict[int, str] = {**_C0, 0x7F: "\u2421"}
_TABLE.update({code: f"\\x{code:02x}" for code in range(0x80, 0xA0)})
_TABLE.update({code: f"\\u{code:04x}" for code in _BIDI})
_TABLE.update({code: "\ufffd" for code in range(0xD800, 0xE000)})
_MULTILINE = {k: v for k, v in _TABLE.items() if k not in (0x0A, 0x09)}
# For documents (PDF, HTML, Markdown) every control is an escape: the PDF font has no
# control pictures, and one notation reads the same in all three.
_ESCAPES = {**_TABLE, **{code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)}}
_ESCAPES_MULTILINE = {k: v for k, v in _ESCAPES.items() if k not in (0x0A, 0x09)}
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def shown(text: object, *, multiline: bool = False) -> str:
    """`text` with every control and bidi character replaced by a visible placeholder.

    With `multiline`, newlines and tabs stay (a note or a goal may hold lines); a
    carriage return is shown as "␍" either way.
    """
    value = text if type(text) is str else str(text)
    # Every character replaced is unprintable (Cc, Cf or Cs): most text is done here.
    if value.isprintable() or not _UNSAFE.search(value):
        return value
    return value.translate(_MULTILINE if multiline else _TABLE)


def escaped(text: object, *, multiline: bool = False) -> str:
    """Like `shown()`, but every placeholder is an escape ("\\x1b", "\\u202e"): for
    documents whose fonts have no control pictures."""
    value = str(text)
    if not _UNSAFE.search(value):
        return value
    return value.translate(_ESCAPES_MULTILINE if multiline else _ESCAPES)


def has_controls(text: object) -> bool:
    """True when `text` holds a character that `shown()` would replace (tab and newline
    included: a name or an e-mail never holds them)."""
    return _UNSAFE.search(str(text)) is not None


def quoted(value: object, limit: int = 60) -> str:
    """A value for an error sentence: one line, made safe, shortened to `limit` characters.

    A long value is cut before a whole placeholder (never inside "\x9b") and ends in "…".
    """
    text = shown(value)
    if len(text) <= limit:
        return text
    pieces: list[str] = []
    size = 0
    for char in str(value):
        piece = _TABLE.get(ord(char), char)
        if size + len(piece) > limit - 1:
            break
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces) + "…"


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_safe(document: str) -> str:
    """A JSON text (from `json.dumps`) with DEL, C1, bidi controls and lone surrogates as
    `\\uXXXX` escapes: the same JSON values, nothing raw for a terminal (json already
    escapes C0)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


class SafeTextStream(io.TextIOBase):
    """A text stream that shows outside text safely on its way to the terminal (or a pipe).

    Newlines and tabs pass; every other control character is replaced, so nothing a
    command prints can steer the terminal. The CLI wraps stdout and stderr in it.
    """

    def __init__(self, target: TextIO) -> None:
        self._target = target

    def write(self, text: str) -> int:
        """Write `text`, made safe."""
        self._target.write(shown(text, multiline=True))
        return len(text)

    def flush(self) -> None:
        """Flush the stream underneath."""
        self._target.flush()

    def writable(self) -> bool:
        """A SafeTextStream can be written to."""
        return True

    def isatty(self) -> bool:
        """Whether the stream underneath is a terminal."""
        return self._target.isatty()

    def fileno(self) -> int:
        """The file descriptor underneath (for libraries that ask)."""
        return self._target.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The encoding of the stream underneath."""
        return self._target.encoding
