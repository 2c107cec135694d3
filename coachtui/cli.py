"""The `coachtui` command line (see README and ../shared/CLI.md for the contract).

Exit codes: 0 done, 2 wrong usage, 1 input or journal refused (one sentence on stderr,
nothing written). Each command's code is imported only when that command runs, so
`coachtui note` never loads Textual or httpx.
"""

from __future__ import annotations

import argparse
import importlib
import os
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
    "backup": "coachtui.commands.replica:run_backup",
    "replicate": "coachtui.commands.replica:run_replicate",
    "restore": "coachtui.commands.replica:run_restore",
    "site": "coachtui.commands.site:run",
    "config": "coachtui.commands.config:run",
    "agent": "coachtui.commands.agents:run_agent",
    "absence": "coachtui.commands.agents:run_absence",
    "metric": "coachtui.commands.catalogue:run_metric",
    "factor": "coachtui.commands.catalogue:run_factor",
    "year": "coachtui.commands.year:run",
    "prep": "coachtui.commands.prep:run",
    "talk-months": "coachtui.commands.year:run_talk_months",
    "goals": "coachtui.commands.goals:run_goals",
    "team-goal": "coachtui.commands.goals:run_team_goal",
    "team-goals": "coachtui.commands.goals:run_team_goals",
    "goal": "coachtui.commands.goals:run_goal",
    "talk": "coachtui.commands.talks:run",
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
    p.add_argument("--agenda", action="store_true",
                   help="also put the note on the agenda of the agent's next talk")


def _add_beyond_one_machine(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="a consistent copy of the journal, safe while the TUI writes")
    p.add_argument("--out", required=True, metavar="FILE", help="the new file to write")
    p = sub.add_parser("replicate", parents=[common],
                       help="stream the journal continuously to a replica (Litestream)")
    p.add_argument("--to", metavar="URL",
                   help="file:///folder, s3://bucket/path or sftp://host/path "
                        "(default: the setting replica.url)")
    lang_only = argparse.ArgumentParser(add_help=False)
    lang_only.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                           help="language (default: $COACHTUI_LANG or en)")
    p = sub.add_parser("restore", parents=[lang_only],
                       help="bring a journal back from a replica")
    p.add_argument("--from", dest="source", required=True, metavar="URL",
                   help="the replica's address")
    p.add_argument("--journal", required=True, metavar="PATH",
                   help="where to write the restored journal (a new file)")
    p.add_argument("--at", metavar="TIMESTAMP",
                   help="the journal as it was at this moment (e.g. 2026-12-01T14:30:00Z)")
    p.add_argument("--force", action="store_true", help="replace an existing file at PATH")
    p = sub.add_parser("site", parents=[lang_only],
                       help="a read-only view over several team leads' journals")
    p.add_argument("sources", nargs="+", metavar="JOURNAL_OR_REPLICA",
                   help="a journal file, or a replica address (file://, s3://, sftp://)")
    p.add_argument("--month", metavar="YYYY-MM",
                   help="the month under review (default: the last full month)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")


def _add_agent_commands(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """`agent add|edit|leave` and `absence`: the team by hand, absence as dates only."""
    cadences = ("monthly", "biweekly")
    p = sub.add_parser("agent", parents=[common], help="add, change or leave an agent")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = asub.add_parser("add", parents=[common], help="a new agent")
    q.add_argument("name", metavar="NAME", help="the agent's full name")
    q.add_argument("--email", required=True, metavar="E",
                   help="e-mail address (names the agent; a duplicate is refused)")
    q.add_argument("--team", metavar="T",
                   help="a known team (the journal's very first team may be new)")
    q.add_argument("--started", metavar="YYYY-MM-DD", help="first day of employment")
    q.add_argument("--cadence", choices=cadences,
                   help="how often the agent has a talk (default: monthly)")
    q.add_argument("--new-team", action="store_true",
                   help="start a new team named by --team")
    q = asub.add_parser("edit", parents=[common],
                        help="change an agent (the change log keeps the old values)")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--name", metavar="N", help="new name")
    q.add_argument("--email", metavar="E", help="new e-mail address")
    q.add_argument("--team", metavar="T", help="another known team ('' for no team)")
    q.add_argument("--cadence", choices=cadences,
                   help="monthly, or biweekly for a new agent or a correction track")
    q.add_argument("--new-team", action="store_true",
                   help="move the agent to a new team named by --team")
    q = asub.add_parser("leave", parents=[common],
                        help="employment ends: the agent leaves the overview")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--on", required=True, metavar="YYYY-MM-DD",
                   help="date of leaving (the retention clock of `privacy purge` starts)")
    q = asub.add_parser("export", parents=[common],
                        help="hand an agent's shared history over to another team lead")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--out", required=True, metavar="FILE", help="the bundle file to write")
    q.add_argument("--with-private", action="store_true",
                   help="include your private notes (left out unless asked for)")
    q = asub.add_parser("import", parents=[common],
                        help="take in an agent handed over from another journal")
    q.add_argument("file", metavar="FILE", help="the bundle file")
    p = sub.add_parser("absence", parents=[common],
                       help="record an absence (dates only) or list an agent's absences")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="first day absent (without it: list the absences)")
    p.add_argument("--to", metavar="YYYY-MM-DD", help="last day absent (default: --from)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
def _add_year(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("year", parents=[common],
                       help="an agent's twelve months: figures, factors, goals, learning points")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--until", metavar="YYYY-MM",
                   help="the last month of the twelve (default: the last full month)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p = sub.add_parser("prep", parents=[common],
                       help="the agent's preparation sheet for the next talk")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--format", choices=("md", "html"), default="md",
                   help="Markdown (default) or printable HTML")
    p.add_argument("--out", metavar="FILE", help="where to write it (default: stdout)")
    p = sub.add_parser("talk-months", parents=[common],
                       help="the months the appraisal and performance talk are due in")
    p.add_argument("--appraisal", type=int, metavar="M", help="month of the year, 1-12")
    p.add_argument("--performance", type=int, metavar="M", help="month of the year, 1-12")


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


def _add_catalogue(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """`target`, `metric add` and `factor add`: targets and the team's own catalogue."""
    p = sub.add_parser("target", parents=[common],
                       usage="coachtui target (AGENT | --team TEAM) METRIC VALUE "
                             "[--from YYYY-MM]",
                       help="a target for one agent, or a team's default, for one metric")
    p.add_argument("agent", metavar="AGENT", nargs="?",
                   help="e-mail, id or part of the name (or --team instead)")
    p.add_argument("metric", metavar="METRIC", help="metric key, e.g. ftr")
    p.add_argument("value", metavar="VALUE",
                   help="e.g. 85 or 85%% or 6,5; none ends the target from that month")
    p.add_argument("--team", metavar="TEAM", help="set the team's default instead")
    p.add_argument("--from", dest="from_month", metavar="YYYY-MM",
                   help="first month it applies to (default: the month under review, "
                        "i.e. last month)")

    p = sub.add_parser("metric", parents=[common], help="add a metric of the team's own")
    msub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = msub.add_parser("add", parents=[common], help="add a metric of the team's own")
    q.add_argument("key", metavar="KEY", help="lower-case key, e.g. callbacks")
    q.add_argument("--label-en", required=True, metavar="L", help="the name in English")
    q.add_argument("--label-nl", required=True, metavar="L", help="the name in Dutch")
    q.add_argument("--unit", required=True, metavar="UNIT",
                   help="percent, count, number, per_hour, seconds or score")
    q.add_argument("--direction", required=True, metavar="higher|lower",
                   help="which way is better")
    q.add_argument("--decimals", type=int, default=1, metavar="N",
                   help="decimals shown (0-4, default 1)")

    p = sub.add_parser("factor", parents=[common], help="add a factor of the team's own")
    fsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = fsub.add_parser("add", parents=[common], help="add a qualitative factor")
    q.add_argument("key", metavar="KEY", help="lower-case key, e.g. empathy")
    q.add_argument("--label-en", required=True, metavar="L", help="the name in English")
    q.add_argument("--label-nl", required=True, metavar="L", help="the name in Dutch")
    q.add_argument("--describe-en", metavar="D", help="what it means, in English")
    q.add_argument("--describe-nl", metavar="D", help="what it means, in Dutch")
    q.add_argument("--set", metavar="SET",
                   help="a named set (e.g. phase-1): a competence skill, never in the "
                        "monthly talk")


def build_tui_parser() -> argparse.ArgumentParser:
    """The top level without subcommands: what plain `coachtui [--journal P] [--lang L]`
    needs. Building all subcommands costs the TUI's first paint about 9 ms; `main` uses
    this only when `_plain_command` found nothing but those two options."""
    parser, _ = _top(_common())
    return parser


def _add_goals(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """`goals`, `team-goal add`, `team-goals`, `goal progress|incident`."""
    p = sub.add_parser("goals", parents=[common], help="an agent's open goals with progress")
    p.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("team-goal", parents=[common], help="a team's shared KPI goal")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = tsub.add_parser("add", parents=[common],
                        help="set a team KPI goal for a period (1-2 at a time)")
    q.add_argument("team", metavar="TEAM", help="the team's name")
    q.add_argument("--metric", required=True, metavar="KEY", help="metric key, e.g. ftr")
    q.add_argument("--target", required=True, metavar="VALUE", help="e.g. 85 or 6,5")
    q.add_argument("--from", dest="from_month", required=True, metavar="YYYY-MM",
                   help="first month of the period")
    q.add_argument("--until", dest="until_month", required=True, metavar="YYYY-MM",
                   help="last month of the period")
    q.add_argument("--text", metavar="T", help="the goal in words")
    q.add_argument("--serves", metavar="T", help="the contact center's KPI it serves")

    p = sub.add_parser("team-goals", parents=[common], help="list the team goals")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    p = sub.add_parser("goal", parents=[common], help="progress and incidents between talks")
    gsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = gsub.add_parser("progress", parents=[common], help="a dated progress remark")
    q.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id (see `goals`)")
    q.add_argument("text", metavar="TEXT", nargs="+", help="the remark")
    q.add_argument("--yes", action="store_true",
                   help="save even when the text looks like health information")
    q = gsub.add_parser("incident", parents=[common],
                        help="an incident against a behaviour goal")
    q.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id (see `goals`)")
    q.add_argument("text", metavar="TEXT", nargs="*", help="what happened (optional)")
    # nargs "+": text typed after the date still belongs to the incident (argparse would
    # otherwise refuse `--on D some words`, the order people type it in)
    q.add_argument("--on", nargs="+", metavar=("YYYY-MM-DD", "TEXT"),
                   help="the day (default: today)")
    q.add_argument("--yes", action="store_true",
                   help="save even when the text looks like health information")


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

    _add_catalogue(sub, common)

    _add_agent_commands(sub, common)
    _add_year(sub, common)


    p = sub.add_parser("catalogue", parents=[common],
                       help="the team's metrics and factors; switch one on or off")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--enable", metavar="KEY", help="switch a metric or factor on")
    group.add_argument("--disable", metavar="KEY", help="switch a metric or factor off")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")

    _add_config(sub, common)
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
    q.add_argument("--group", type=int, metavar="ID",
                   help="only this Zendesk group's tickets (the own team)")
    q.add_argument("--base-url", metavar="URL", help="another API address (for tests)")
    q.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")
    q = isub.add_parser("helpscout", parents=[common], help="a month from Help Scout")
    q.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to import")
    q.add_argument("--mailbox", type=int, metavar="ID",
                   help="only this Help Scout mailbox's conversations (the own team)")
    q.add_argument("--base-url", metavar="URL", help="another API address (for tests)")
    q.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")
    q = isub.add_parser("freshdesk", parents=[common], help="a month from Freshdesk")
    q.add_argument("--domain", required=True, metavar="D",
                   help="your Freshdesk domain (D in D.freshdesk.com)")
    q.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to import")
    q.add_argument("--group", type=int, metavar="ID",
                   help="only this Freshdesk group's agents and tickets (the own team)")
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

    _add_beyond_one_machine(sub, common)
    _add_goals(sub, common)

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
    _add_talk(sub, common)
    return parser


def _add_config(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("config", parents=[common],
                       help="show or change the settings file ($COACHTUI_CONFIG names another)")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = csub.add_parser("show", parents=[common], help="every setting and its value")
    q.add_argument("--json", action="store_true", help="one JSON document on stdout")
    q = csub.add_parser("set", parents=[common], help="change one setting (\"\" removes it)")
    q.add_argument("key", metavar="KEY",
                   help="lead.name, lang, timezone, exports.folder, theme, replica.url, "
                        "replica.live, imports.folder or site.journals")
    q.add_argument("value", metavar="VALUE", help="the new value")
def _add_talk(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("talk", parents=[common], help="talks of every kind")
    tsub = p.add_subparsers(dest="talk_command", metavar="SUBCOMMAND", required=True)
    q = tsub.add_parser("start", parents=[common],
                        help="start a talk (or continue its draft); prints its id")
    q.add_argument("agent", metavar="AGENT", help="e-mail, id or part of the name")
    q.add_argument("--kind", required=True,
                   choices=("monthly", "coaching", "appraisal", "performance", "exit"),
                   help="which talk")
    q.add_argument("--month", metavar="YYYY-MM",
                   help="the month it is about (default: the last full month for a monthly "
                        "talk, else this month)")


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
    command = args.command or "tui"
    try:  # the `config` command reads a faulty file leniently: it is the way to mend it
        settings = Settings.resolve(getattr(args, "journal", None), getattr(args, "lang", None),
                                    strict=command != "config")
    except UserError as exc:
        lang = getattr(args, "lang", None) or os.environ.get("COACHTUI_LANG", "en")
        print(f"coachtui: {exc.text(lang if lang in ('nl', 'en') else 'en')}", file=sys.stderr)
        return 1
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
