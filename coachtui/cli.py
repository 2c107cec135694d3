"""The `coachtui` command line (see README and ../shared/CLI.md for the contract).

Exit codes: 0 done, 2 wrong usage, 1 input or journal refused (one sentence on stderr,
nothing written). Each command's code is imported only when that command runs, so
`coachtui note` never loads Textual or httpx.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coachtui.errors import UserError

if TYPE_CHECKING:  # generic only to the type checker
    from typing import TypeAlias

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

# command -> "module:function"; the function takes (args, settings) and returns an exit code
HANDLERS = {
    "tui": "coachtui.app:run_tui",
    "demo": "coachtui.commands.demo:run",
    "note": "coachtui.commands.note:run",
    "agents": "coachtui.commands.listing:run_agents",
    "figures": "coachtui.commands.listing:run_figures",
    "sessions": "coachtui.commands.listing:run_sessions",
    "import": "coachtui.commands.imports:run",
    "export": "coachtui.commands.export:run",
    "privacy": "coachtui.commands.privacy:run",
    "target": "coachtui.commands.catalogue:run_target",
    "catalogue": "coachtui.commands.catalogue:run_catalogue",
    "qm": "coachtui.commands.qm:run",
    "competence": "coachtui.commands.competence:run",
}


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--journal", metavar="PATH", default=argparse.SUPPRESS,
                        help="journal file (default: $COACHTUI_JOURNAL or the user data folder)")
    common.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                        help="language (default: $COACHTUI_LANG or en)")
    return common


def _top(
    common: argparse.ArgumentParser,
) -> tuple[argparse.ArgumentParser, Subparsers]:
    parser = argparse.ArgumentParser(
        prog="coachtui", parents=[common],
        description="The monthly one-on-one between a team lead and an agent. "
                    "Without a command, opens the TUI on the journal.",
        epilog="Exit codes: 0 done, 1 input or journal refused (nothing written), 2 wrong usage.",
    )
    from coachtui import __version__

    parser.add_argument("--version", action="version", version=f"coachtui {__version__}",
                        help="show the version and exit")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def _add_note(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("note", parents=[common], help="quick note after a call")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("text", metavar="TEXT", nargs="+",
                   help="the note; +key, -key, ~key rate a factor (~ is +/-)")
    p.add_argument("--private", action="store_true", help="manager-only, never exported to HR")
    p.add_argument("--ref", metavar="REF", help="ticket or call id of the observed contact")
    p.add_argument("--channel", choices=("phone", "email", "chat"), help="contact channel")
    p.add_argument("--relation", choices=("strengthened", "kept", "weakened"),
                   help="did this contact strengthen the relationship with the customer?")
    p.add_argument("--yes", "--force", dest="yes", action="store_true",
                   help="save even when the text looks like health information")


def _add_qm(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("qm", parents=[common],
                       help="quality monitoring: the form, scored contacts, calibration")
    qsub = p.add_subparsers(dest="qm_what", metavar="WHAT", required=True)
    q = qsub.add_parser("form", parents=[common],
                        help="the QM form: criteria with definitions, scale, weight, knock-out")
    q.add_argument("--json", action="store_true", help="one JSON document on stdout")
    fsub = q.add_subparsers(dest="form_action", metavar="ACTION")
    f = fsub.add_parser("load", parents=[common], help="load a form file as a new version")
    f.add_argument("file", metavar="FILE.toml", help="the form file (TOML)")
    q = qsub.add_parser("score", parents=[common], help="one evaluation of one contact")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--contact", required=True, metavar="REF", help="ticket or call id")
    q.add_argument("--channel", required=True, choices=("phone", "email", "chat"),
                   help="the contact's channel")
    q.add_argument("--scorer", metavar="NAME", help="who scored (default: the team lead)")
    q.add_argument("--on", metavar="YYYY-MM-DD", help="the contact's date (default: today)")
    q.add_argument("scores", metavar="KEY=VALUE", nargs="+",
                   help="a score per criterion, 0..max (see `qm form`)")
    q = qsub.add_parser("calibration", parents=[common],
                        help="a calibration round: several scorers, the same contacts")
    csub = q.add_subparsers(dest="cal_action", metavar="ACTION", required=True)
    c = csub.add_parser("import", parents=[common],
                        help="a round from a CSV: contact,scorer,criterion,score")
    c.add_argument("file", metavar="FILE.csv", help="the scores (CSV with that header)")
    c.add_argument("--form", metavar="FILE.toml",
                   help="score on this form file (stored as a new version)")
    c = csub.add_parser("show", parents=[common], help="a round's scores, spread and IRR")
    c.add_argument("id", type=int, metavar="ID", help="the round's id")
    c.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("competence", parents=[common],
                       help="phase, each skill's latest judgement, points and level")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")


def build_note_parser() -> argparse.ArgumentParser:
    """The top level with only the `note` command: what `coachtui note ...` needs.

    Building every subcommand costs the note fast path several milliseconds; `main` uses
    this only when `_plain_command` proved the command is `note` and no help is asked
    before it, so parsing, usage lines and errors are those of the whole parser.
    """
    common = _common()
    parser, sub = _top(common)
    _add_note(sub, common)
    return parser


def _plain_command(argv: Sequence[str]) -> str | None:
    """"note" when argv is `[--journal P | --lang L | --journal=P | --lang=L]... note ...`,
    "tui" when argv holds only those options, else None.

    Anything else (help, abbreviated or unknown options before the command, another
    command) gets the whole parser, so its messages list every command.
    """
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in ("--journal", "--lang"):
            index += 2
        elif token.startswith(("--journal=", "--lang=")):
            index += 1
        else:
            return "note" if token == "note" else None
    return "tui" if index == len(argv) else None  # "--journal" without its value: None


def build_tui_parser() -> argparse.ArgumentParser:
    """The top level without subcommands: what plain `coachtui [--journal P] [--lang L]`
    needs. Building all subcommands costs the TUI's first paint about 9 ms; `main` uses
    this only when `_plain_command` found nothing but those two options."""
    parser, _ = _top(_common())
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, as argparse sees it."""
    common = _common()
    parser, sub = _top(common)

    p = sub.add_parser("demo", parents=[common], help="write a demo journal")
    p.add_argument("--force", action="store_true", help="overwrite an existing journal")

    _add_note(sub, common)

    p = sub.add_parser("agents", parents=[common], help="list agents")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("figures", parents=[common], help="an agent's figures with targets")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--month", metavar="YYYY-MM", help="only this month (default: every month)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("sessions", parents=[common], help="list sessions with status")
    p.add_argument("--agent", metavar="AGENT",
                   help="only this agent's sessions (e-mail, id or part of the name)")
    p.add_argument("--month", metavar="YYYY-MM", help="only sessions about this month")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("target", parents=[common],
                       help="agree a target with an agent for one metric")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("metric", metavar="METRIC", help="metric key, e.g. ftr")
    p.add_argument("value", metavar="VALUE", help="e.g. 85 or 85%% or 6,5")
    p.add_argument("--from", dest="from_month", metavar="YYYY-MM",
                   help="first month it applies to (default: this month)")

    p = sub.add_parser("catalogue", parents=[common],
                       help="the team's metrics and factors; switch one on or off")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--enable", metavar="KEY", help="switch a metric or factor on")
    group.add_argument("--disable", metavar="KEY", help="switch a metric or factor off")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    _add_qm(sub, common)

    p = sub.add_parser("import", parents=[common], help="import figures")
    isub = p.add_subparsers(dest="source", metavar="SOURCE", required=True)
    q = isub.add_parser("csv", parents=[common], help="a CSV or XLSX file via a mapping profile")
    q.add_argument("file", metavar="FILE", help="the CSV or XLSX file to read")
    q.add_argument("--profile", required=True, metavar="NAME_OR_PATH",
                   help="mapping profile: a built-in name or a TOML file")
    q.add_argument("--month", metavar="YYYY-MM",
                   help="the month of every row (when the file has no month column)")
    q.add_argument("--hours", metavar="FILE",
                   help="WFM/time export with hours worked (for tickets per hour)")
    q.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")
    q = isub.add_parser("zendesk", parents=[common], help="a month from Zendesk Support")
    q.add_argument("--subdomain", required=True, metavar="S",
                   help="your Zendesk subdomain (S in S.zendesk.com)")
    q.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to import")
    q.add_argument("--base-url", metavar="URL", help="another API address (for tests)")
    q.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")
    q = isub.add_parser("helpscout", parents=[common], help="a month from Help Scout")
    q.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to import")
    q.add_argument("--base-url", metavar="URL", help="another API address (for tests)")
    q.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")

    p = sub.add_parser("export", parents=[common], help="session records for HR")
    esub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = esub.add_parser("session", parents=[common], help="one session record")
    q.add_argument("id", type=int, metavar="ID", help="the session's id (see `sessions`)")
    q.add_argument("--format", required=True, choices=("md", "html", "pdf", "json"),
                   help="the file format")
    q.add_argument("--out", metavar="FILE",
                   help="where to write it (default: stdout; a pdf gets a file name of its own)")
    q.add_argument("--draft", action="store_true", help="allow exporting a draft (stamped DRAFT)")
    q = esub.add_parser("month", parents=[common], help="every session of a month")
    q.add_argument("month", metavar="YYYY-MM", help="the month of the sessions")
    q.add_argument("--format", required=True, choices=("csv", "md", "pdf"),
                   help="the file format")
    q.add_argument("--out", metavar="PATH",
                   help="file (csv) or folder (md, pdf) to write "
                        "(default: stdout for csv, coachtui-YYYY-MM for md and pdf)")
    q.add_argument("--delimiter", choices=(",", ";"), default=",",
                   help="CSV separator (; for Dutch Excel)")

    p = sub.add_parser("privacy", parents=[common], help="access, erasure and retention")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("export", parents=[common], help="everything recorded about an agent")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--out", required=True, metavar="DIR", help="folder to write the files to")
    q = psub.add_parser("erase", parents=[common], help="erase an agent and every trace")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--yes", action="store_true", help="confirm")
    q = psub.add_parser("purge", parents=[common], help="retention: erase long-gone agents")
    q.add_argument("--older-than", type=float, default=2.0, metavar="YEARS",
                   help="employment ended more than YEARS ago (default: 2)")
    q.add_argument("--yes", action="store_true", help="confirm")
    return parser


def _guard_streams() -> None:
    """Everything a command prints shows outside text safely: no escape sequence that a
    name or a note carries ever reaches the terminal raw."""
    from coachtui.outside_text import SafeTextStream

    if not isinstance(sys.stdout, SafeTextStream):
        sys.stdout = SafeTextStream(sys.stdout)
    if not isinstance(sys.stderr, SafeTextStream):
        sys.stderr = SafeTextStream(sys.stderr)


def _say_warnings(lang: str, *, say: bool = True) -> None:
    """What the command wants said once it is done (a damaged journal it read from);
    after a refusal (`say` False) they are dropped: the refusal says it all."""
    if "coachtui.commands.common" not in sys.modules:
        return  # the command opened no journal through it: nothing to say
    from coachtui.commands.common import take_warnings

    for warning in take_warnings():
        if say:
            print(f"coachtui: {warning.text(lang)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, build Settings once, run the command, map errors to exit 1."""
    from coachtui.settings import Settings

    argv = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_command(argv)
    parser = (build_note_parser() if plain == "note" else build_tui_parser() if plain == "tui"
              else build_parser())
    if "note" in argv:  # `-language` in a note's text is a tag, not an unknown option
        from coachtui.note_tags import protect_dash_tags

        argv = protect_dash_tags(argv)
    args = parser.parse_args(argv)
    settings = Settings.resolve(getattr(args, "journal", None), getattr(args, "lang", None))
    command = args.command or "tui"
    module_name, _, func_name = HANDLERS[command].partition(":")
    if command != "tui":  # Textual draws the TUI itself; everything else prints text
        _guard_streams()
    try:
        handler = getattr(importlib.import_module(module_name), func_name)
        code = int(handler(args, settings) or 0)
        _say_warnings(settings.lang)
        return code
    except UserError as exc:
        _say_warnings(settings.lang, say=False)
        print(f"coachtui: {exc.text(settings.lang)}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # SQLite's own refusal, said in the user's language
        from coachtui.outside_text import quoted

        refusal = UserError("journal.unusable", path=quoted(settings.journal_path, 200),
                            reason=quoted(exc, 200))
        print(f"coachtui: {refusal.text(settings.lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
