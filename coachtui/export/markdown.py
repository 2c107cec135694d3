"""The session record as Markdown: readable as plain text, renders as a tidy page."""

from __future__ import annotations

from coachtui.export.layout import Item, Paragraph, RecordView, Table, build_view
from coachtui.export.record import SessionRecord


def render_markdown(record: SessionRecord, lang: str) -> str:
    """The record in `lang` as one Markdown document (a draft says so at top and bottom)."""
    return view_markdown(build_view(record, lang))


def view_markdown(view: RecordView) -> str:
    """A laid-out record as Markdown."""
    out: list[str] = []
    if view.stamp:
        out += [f"> **{view.stamp}**", ""]
    out += [f"# {_inline(view.title)}", ""]
    out += [f"- **{label}:** {_inline(value)}" for label, value in view.facts]
    out.append("")
    for section in view.sections:
        out += [f"## {section.title}", ""]
        for block in section.blocks:
            out += _block(block)
    out += ["---", "", f"**{view.hash_label}:** `{view.hash_value}`", "",
            f"_{view.hash_help}_"]
    if view.stamp:
        out += ["", f"> **{view.stamp}**"]
    return "\n".join(out) + "\n"


def _block(block: Table | Paragraph | Item) -> list[str]:
    if isinstance(block, Table):
        lines = ["| " + " | ".join(block.headers) + " |",
                 "|" + "|".join("---" for _ in block.headers) + "|"]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return [*lines, ""]
    if isinstance(block, Item):
        lines = [f"### {_inline(block.title)}", ""]
        for label, value in block.lines:
            lines.append(f"- **{label}:** {_inline(value)}" if label else _text(value))
        return [*lines, ""]
    return [_text(block.text), ""]


def _inline(text: str) -> str:
    """One line of user text, kept from turning into Markdown structure."""
    return " ".join(text.split()).replace("|", "\\|") if text else ""


def _cell(text: str) -> str:
    return _inline(text).replace("\n", " ") if text else ""


def _text(text: str) -> str:
    """Running user text: line breaks kept (two spaces), leading markup defused."""
    lines = []
    for line in text.splitlines() or [""]:
        stripped = line.rstrip()
        if stripped.lstrip().startswith(("#", ">", "|", "---")):
            stripped = "\\" + stripped.lstrip()
        lines.append(stripped)
    return "  \n".join(lines)
