"""User text in Markdown that stays text: no raw tags, no live links or images, no structure.

A note may say `<script>`, `<img onerror=...>`, `![](http://tracker)` or
`[click](javascript:...)`; in the Markdown record (and the access export) it must read as
written and do nothing in a browser, a Markdown viewer or a Git host. So: control
characters show as placeholders (`shown`), `&`, `<` and `>` become HTML entities, the
characters that open Markdown inline syntax get a backslash, and so do the ones that
start a block at the beginning of a line, the `:` of `://` and the dot of a domain (which
GFM and linkify would turn into a link).
"""

from __future__ import annotations

import re

from coachtui.outside_text import shown

_INLINE = str.maketrans({
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "|": "\\|",
    "~": "\\~", "&": "&amp;", "<": "&lt;", ">": "&gt;",
})
# "http://x", "www.x", "x@example.nl", "example.com": autolinks in GFM and linkify. An
# escaped ":" or "." splits the text so no autolinker sees an address; a decimal number
# like 87.5 is left alone.
_SCHEME = re.compile(r":(?=//)")
_DOMAIN_DOT = re.compile(r"(?<=[^\W_])\.(?=[^\W\d_]{2})")
# A line that would start a heading, a list, a quote, a setext underline or a table rule.
_BLOCK_START = re.compile(r"^(\s*)(\d{1,9}(?=[.)])|[#+\-=])")


def md_inline(text: object) -> str:
    """One line of user text for Markdown: whitespace runs (newlines too) become one space."""
    value = " ".join(shown(text, multiline=True).split())
    return _line_start(_escape(value))


def md_text(text: object) -> str:
    """Running user text for Markdown: its lines kept (hard breaks), every line defused."""
    lines = []
    for line in shown(text, multiline=True).splitlines() or [""]:
        lines.append(_line_start(_escape(line.rstrip())))
    return "  \n".join(lines)


def _escape(value: str) -> str:
    value = value.translate(_INLINE)
    value = _SCHEME.sub("\\:", value)
    return _DOMAIN_DOT.sub("\\.", value)


def _line_start(line: str) -> str:
    """A backslash before what would make this line a heading, list item or rule."""
    match = _BLOCK_START.match(line)
    if not match:
        return line
    if match.group(2)[0].isdigit():  # "1. x" is an ordered list: escape its dot
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return f"{match.group(1)}\\{line[match.start(2):]}"
