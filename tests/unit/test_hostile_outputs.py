"""The 21 hostile payloads pass through every output without acting, and still read.

One journal (tests/hostile_journal.py) holds an agent per payload: escape sequences (OSC 52,
OSC 2, CSI 2J, C1 CSI, OSC 8, C1 OSC), BEL, NUL/DEL, formulas (=HYPERLINK, +SUM, -2+3, @SUM,
TAB =, CR =), markup (<script>, <img onerror>, ![](http..), [..](javascript:..)), a `../`
e-mail, an RTL override and a long text with combining marks and emoji. Outputs checked:
the CLI's stdout/stderr (agents, sessions, figures, export to stdout, refusals), the
Markdown, HTML, JSON and PDF record, the month CSV (`,` and `;`), the month folder export,
the access export (JSON + Markdown) and every file name.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from coachtui.cli import main
from coachtui.export.access import (
    access_document,
    access_file_names,
    access_json,
    access_markdown,
)
from coachtui.export.html import render_html
from coachtui.export.json_format import render_json
from coachtui.export.markdown import render_markdown
from coachtui.export.month import FORMULA_STARTS, RATING_SYMBOLS, month_csv, plan_month
from coachtui.export.record import build_record, content_hash
from coachtui.outside_text import shown
from coachtui.storage import Journal
from tests.hostile_journal import (
    PAYLOADS,
    RAW_CONTROL,
    READABLE,
    SIGNED_MONTH,
    build_hostile,
)


@pytest.fixture
def hostile(demo_journal_path):
    """The demo copy with the hostile agents; (path, agents)."""
    return demo_journal_path, build_hostile(demo_journal_path)


def cli(path, *argv):
    return main(["--journal", str(path), *argv])


def assert_terminal_safe(text: str, where: str) -> None:
    """Nothing in `text` can steer a terminal (newline and tab may pass)."""
    found = RAW_CONTROL.search(text)
    if found:
        around = text[max(0, found.start() - 40):found.end() + 40]
        raise AssertionError(f"raw {found.group()!r} in {where}: {around!r}")


def test_cli_listings_and_refusals_never_reach_the_terminal_raw(hostile, capsys):
    path, agents = hostile
    runs = [("agents",), ("agents", "--json"), ("sessions",), ("sessions", "--json"),
            ("sessions", "--month", SIGNED_MONTH)]
    runs += [("figures", str(a.agent_id)) for a in agents[:3]]
    runs += [("figures", a.email) for a in agents if a.key == "osc2_title"]
    runs += [("note", "\x1b]52;c;eA==\x07nobody", "hi")]  # refused: the agent is quoted
    for argv in runs:
        cli(path, *argv)
        captured = capsys.readouterr()
        assert_terminal_safe(captured.out, f"stdout of {argv}")
        assert_terminal_safe(captured.err, f"stderr of {argv}")
        if argv[0] == "agents" and len(argv) == 1:
            for name in READABLE.values():
                assert name in captured.out  # Ayşe, Łukasz, [extern] as typed
            assert shown(PAYLOADS["osc52_clipboard"]) in captured.out
        if argv == ("agents", "--json"):
            names = {a["name"] for a in json.loads(captured.out)}
            assert PAYLOADS["osc52_clipboard"] in names  # faithful, escaped in transit
            assert PAYLOADS["rtl_override"] in names


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_session_export_to_stdout(hostile, capsys, fmt):
    path, agents = hostile
    for agent in agents:
        assert cli(path, "export", "session", str(agent.signed_id), "--format", fmt) == 0
        captured = capsys.readouterr()
        assert_terminal_safe(captured.out, f"{fmt} of {agent.key}")
        assert_terminal_safe(captured.err, f"{fmt} of {agent.key}")


def _records(path, agents):
    with Journal.open(path) as journal:
        return [(agent, build_record(journal, agent.signed_id)) for agent in agents]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


ALLOWED_HTML = {"html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3",
                "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
                "p", "strong", "code"}
MARKDOWN_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "blockquote", "table",
                 "thead", "tbody", "tr", "th", "td", "hr", "code", "br"}


def assert_no_live_markup(html: str, where: str) -> None:
    """Only the record's own structure: no tag, image or link from user text (an e-mail
    address may become a mailto: link to itself)."""
    parser = _Tags()
    parser.feed(html)
    tags = {tag for tag, _ in parser.tags}
    assert tags <= MARKDOWN_TAGS | {"a"}, (where, tags - MARKDOWN_TAGS)
    links = [dict(attrs).get("href", "") for tag, attrs in parser.tags if tag == "a"]
    assert all(href.startswith("mailto:") and "@" in href for href in links), (where, links)


def test_markdown_record_has_no_live_tag_link_or_image(hostile):
    path, agents = hostile
    renderers = [MarkdownIt("commonmark"), MarkdownIt("gfm-like")]
    for agent, record in _records(path, agents):
        for lang in ("nl", "en"):
            text = render_markdown(record, lang)
            assert_terminal_safe(text, f"markdown of {agent.key}")
            assert "<script" not in text and "<img" not in text
            for md in renderers:
                assert_no_live_markup(md.render(text), agent.key)
        name = shown(agent.payload)
        rendered = MarkdownIt("commonmark").render(render_markdown(record, "en"))
        if agent.key in ("script", "md_image", "md_js_link", "minus", "at_sum"):
            # the text reads as typed once rendered (entities decoded by the browser)
            from html import unescape
            assert name in unescape(rendered), agent.key


def test_html_record_escapes_and_shows(hostile):
    path, agents = hostile
    for agent, record in _records(path, agents):
        text = render_html(record, "en")
        assert_terminal_safe(text, f"html of {agent.key}")
        parser = _Tags()
        parser.feed(text)
        assert {tag for tag, _ in parser.tags} <= ALLOWED_HTML, agent.key
        assert not [a for _, attrs in parser.tags for a in attrs
                    if a[0].startswith("on") or a[0] in ("href", "src")]


def test_json_record_is_faithful_and_terminal_safe(hostile):
    path, agents = hostile
    for agent, record in _records(path, agents):
        text = render_json(record, "en")
        assert_terminal_safe(text, f"json of {agent.key}")
        document = json.loads(text)
        assert document["record"] == record.content  # the values as recorded
        assert document["sha256"] == content_hash(document["record"])
        assert document["record"]["learning_point"] == agent.payload.strip() or \
            document["record"]["learning_point"] == agent.payload


def test_json_of_normal_text_is_unchanged(demo_journal):
    """json_safe touches nothing in ordinary text: the bytes (and the hash) of a normal
    record are what json.dumps wrote."""
    session = next(s for s in demo_journal.sessions() if s.signed)
    record = build_record(demo_journal, session.id)
    from coachtui.export.json_format import record_document

    plain = json.dumps(record_document(record, "nl"), ensure_ascii=False, indent=2) + "\n"
    assert render_json(record, "nl") == plain


def test_pdf_record_renders_and_shows_placeholders(hostile):
    from pypdf import PdfReader

    from coachtui.export.pdf import render_pdf

    path, agents = hostile
    for agent, record in _records(path, agents):
        if agent.key not in ("osc52_clipboard", "c1_csi", "rtl_override", "script",
                             "long_mixed", "nul_del", "ayse", "lukasz", "extern"):
            continue
        data = render_pdf(record, "en")
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert_terminal_safe(text, f"pdf of {agent.key}")
        if agent.key in READABLE:
            assert READABLE[agent.key] in text.replace("\n", " ")
        if agent.key == "osc52_clipboard":  # the PDF font has no control pictures
            assert "\\x1b]52;c;" in text and "\\x07Kees" in text


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_month_csv_has_no_formula_cell(hostile, delimiter):
    path, _ = hostile
    with Journal.open(path) as journal:
        plan = plan_month(journal, SIGNED_MONTH)
        text = month_csv(journal, plan, delimiter)
    assert_terminal_safe(text.replace("\r\n", "\n"), "month csv")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = rows[0]
    assert len(rows) - 1 == len(plan.signed)
    for row in rows[1:]:
        for column, cell in zip(header, row, strict=True):
            if not cell.lstrip(" \n").startswith(FORMULA_STARTS):
                continue
            number = _is_number(cell)
            symbol = column.startswith("rating_") and cell in RATING_SYMBOLS
            assert number or symbol, (column, cell)
    by_name = {row[header.index("agent_name")]: row for row in rows[1:]}
    assert "'=HYPERLINK" in "".join(by_name)
    assert "'-2+3" in by_name and "'@SUM(1,2)" in by_name
    minus = by_name["'-2+3"]
    assert minus[header.index("ftr")] in ("-2.5", "-2,5")  # numbers stay numbers
    team = {row[header.index("team")] for row in rows[1:]}
    assert "'\t=1+2" in team and "'␍=1+2" in team
    assert READABLE["ayse"] in by_name and READABLE["extern"] in by_name


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_month_files_stay_in_the_folder(hostile, tmp_path, capsys, fmt):
    path, agents = hostile
    folder = tmp_path / "hr"
    before = set(tmp_path.parent.rglob("*"))
    assert cli(path, "export", "month", SIGNED_MONTH, "--format", fmt, "--out",
               str(folder)) == 0
    captured = capsys.readouterr()
    assert_terminal_safe(captured.err, "month export")
    files = list(folder.iterdir())
    assert len(files) >= len(agents)
    for file in files:
        assert file.parent == folder and not file.name.startswith(".")
        assert not RAW_CONTROL.search(file.name) and "/" not in file.name
    created = set(tmp_path.parent.rglob("*")) - before
    assert all(folder in p.parents or p == folder for p in created)


def test_access_export_files_stay_inside_and_escape(hostile, tmp_path):
    path, agents = hostile
    from coachtui import clock

    for agent in agents:
        with Journal.open(path) as journal:
            document = access_document(journal.agent_record(agent.agent_id))
        json_name, md_name = access_file_names(agent.email, clock.today())
        for name in (json_name, md_name):
            assert "/" not in name and ".." not in name and not name.startswith(".")
        text = access_json(document)
        assert_terminal_safe(text, f"access json of {agent.key}")
        assert json.loads(text)["agent"]["name"] == document["agent"]["name"]
        page = access_markdown(document, "en")
        assert_terminal_safe(page, f"access md of {agent.key}")
        assert_no_live_markup(MarkdownIt("gfm-like").render(page), agent.key)


def test_privacy_export_cli_with_a_dotdot_email(hostile, tmp_path, capsys):
    path, agents = hostile
    agent = next(a for a in agents if a.key == "dotdot_email")
    folder = tmp_path / "out"
    assert cli(path, "privacy", "export", str(agent.agent_id), "--out", str(folder)) == 0
    captured = capsys.readouterr()
    assert_terminal_safe(captured.out + captured.err, "privacy export")
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".md"]
    for file in folder.iterdir():
        assert_terminal_safe(file.read_text(encoding="utf-8"), file.name)


def test_record_file_names_stay_in_their_folder(hostile, tmp_path, monkeypatch, capsys):
    """Session, month and TUI exports name their files with record_file_name."""
    from coachtui.export.files import inside, record_file_name

    path, agents = hostile
    for _agent, record in _records(path, agents):
        for extension in ("pdf", "md"):
            name = record_file_name(record.content, extension)
            assert inside(tmp_path, name).parent == tmp_path, name
            assert not name.startswith(".") and ".." not in name
            assert not RAW_CONTROL.search(name)
    dotdot = next(a for a in agents if a.key == "dotdot_email")
    monkeypatch.chdir(tmp_path)
    assert cli(path, "export", "session", str(dotdot.signed_id), "--format", "pdf") == 0
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == \
        [f"{SIGNED_MONTH}_tmp-escaped_session-{dotdot.signed_id}.pdf"]
    assert_terminal_safe(capsys.readouterr().err, "the written notice")
