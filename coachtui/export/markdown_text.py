"""User text in Markdown that stays text: no raw tags, no live links or images, no structure.

A note may say `<script>`, `<img onerror=...>`, `![](http://tracker)` or
`[click](javascript:...)`; in the Markdown record (and the access export) it must read as
written and do nothing in a browser, a Markdown viewer or a Git host. So: control
characters show as placeholders (`shown`), `&`, `<` and `>` become HTML entities, the
characters that open Markdown inline syntax get a backslash, and so do the ones that
start a block at the beginning of a line, and the `:` and host dots of `http://...` and
the dot of `www.` (which GFM and linkify would turn into a link). An e-mail address stays
as typed: a viewer may show it as a `mailto:` link to that address, which runs nothing
and loads nothing.
"""

from __future__ import annotations

import re

from coachtui.outside_text import shown

_INLINE = str.maketrans({
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "|": "\\|",
    "~": "\\~", "&": "&amp;", "<": "&lt;", ">": "&gt;",
})
# "http://x" and "www.x" are autolinks in GFM and linkify: an escaped ":" or "." splits
# the text, so no autolinker sees an address (the host's dots too: linkify would still
# find "evil.com" in "http\\://evil.com").
_URL = re.compile(r"://([^\s/?#]*)")
_WWW_DOT = re.compile(r"(?<![^\W_])(?i:www)\.")
# What makes a line a heading ("#"), a list item ("- x", "+ x", "1. x", "1) x"), or a
# setext underline or rule ("---", "==="): only these get a backslash, so "-2+3" and
# "90.5%" stay as typed.
_BLOCK_START = re.compile(r"^(\s*)(#|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))")
_RULE = re.compile(r"^(\s*)([-=](?:\s*[-=])*\s*)$")


def md_inline(text: object) -> str:
    """User text for the rest of a Markdown line after a prefix ("- **Why:** ", "# ", a
    table cell): whitespace runs (newlines too) become one space."""
    return _escape(" ".join(shown(text, multiline=True).split()))


def md_text(text: object) -> str:
    """Running user text for Markdown: its lines kept (hard breaks), every line defused."""
    lines = []
    for line in shown(text, multiline=True).splitlines() or [""]:
        lines.append(_indent(_line_start(_escape(line.rstrip()))))
    return "  \n".join(lines)


def _indent(line: str) -> str:
    """Leading spaces and tabs as no-break spaces: indented text stays indented but never
    turns into a code block."""
    body = line.lstrip(" \t")
    lead = line[: len(line) - len(body)]
    return lead.replace("\t", "    ").replace(" ", "\u00a0") + body


def _escape(value: str) -> str:
    value = value.translate(_INLINE)
    value = _URL.sub(lambda m: "\\://" + m.group(1).replace(".", "\\."), value)
    return _WWW_DOT.sub(lambda m: m.group()[:-1] + "\\.", value)


def _line_start(line: str) -> str:
    """A backslash before what would make this line a heading, list item or rule."""
    rule = _RULE.match(line)
    if rule:
        return f"{rule.group(1)}\\{rule.group(2)}"
    match = _BLOCK_START.match(line)
    if not match:
        return line
    if match.group(2)[0].isdigit():  # "1. x" is an ordered list: escape its dot
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return f"{match.group(1)}\\{line[match.start(2):]}"
