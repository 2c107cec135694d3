"""The session record as Markdown: readable as plain text, renders as a tidy page.

Every text from the record goes through `md_inline` / `md_text`: a note holding `<script>`
or `![](http://...)` reads as written and never becomes a tag, a link or an image.
"""

from __future__ import annotations

from coachtui.export.layout import Block, Chart, Item, RecordView, Table, build_view
from coachtui.export.markdown_text import md_inline, md_text
from coachtui.export.record import SessionRecord


def render_markdown(record: SessionRecord, lang: str) -> str:
    """The record in `lang` as one Markdown document (a draft says so at top and bottom)."""
    return view_markdown(build_view(record, lang))


def view_markdown(view: RecordView) -> str:
    """A laid-out record as Markdown."""
    out: list[str] = []
    if view.stamp:
        out += [f"> **{_inline(view.stamp)}**", ""]
    out += [f"# {_inline(view.title)}", ""]
    out += [f"- **{_inline(label)}:** {_inline(value)}" for label, value in view.facts]
    out.append("")
    for section in view.sections:
        out += [f"## {_inline(section.title)}", ""]
        for block in section.blocks:
            out += _block(block)
    out += ["---", "", f"**{_inline(view.hash_label)}:** `{view.hash_value}`", "",
            f"_{view.hash_help}_"]  # our own words, with their `code` marks
    if view.stamp:
        out += ["", f"> **{_inline(view.stamp)}**"]
    return "\n".join(out) + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Chart):  # no drawing in Markdown: the same months as a table
        return [f"### {_inline(block.title)}", "", *_block(block.table)]
    if isinstance(block, Table):
        lines = ["| " + " | ".join(_cell(h) for h in block.headers) + " |",
                 "|" + "|".join("---" for _ in block.headers) + "|"]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return [*lines, ""]
    if isinstance(block, Item):
        lines = [f"### {_inline(block.title)}", ""]
        for label, value in block.lines:
            lines.append(f"- **{_inline(label)}:** {_inline(value)}" if label else _text(value))
        return [*lines, ""]
    return [_text(block.text), ""]


def _inline(text: str) -> str:
    """One line of user text, kept from turning into Markdown structure."""
    return md_inline(text) if text else ""


def _cell(text: str) -> str:
    return md_inline(text) if text else ""


def _text(text: str) -> str:
    """Running user text: line breaks kept (two spaces), every line defused."""
    return md_text(text)
