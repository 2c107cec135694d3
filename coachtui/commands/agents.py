"""`coachtui agent add|edit|leave` and `coachtui absence`: the team by hand.

Every value is checked before the journal is touched where it can be (dates, names,
e-mail addresses), so a refusal of those opens nothing; the rest (a duplicate e-mail, an
unknown team, a leave date before the start, an absence that overlaps another) is refused
by the service inside its one transaction, and nothing is written.
"""

from __future__ import annotations

import argparse

from coachtui.commands.common import open_journal, print_json
from coachtui.errors import UserError
from coachtui.model.choices import Cadence
from coachtui.services import absence as absence_service
from coachtui.services import agents as agent_service
from coachtui.settings import Settings
from coachtui.texts import tr


def run_agent(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch `agent add`, `agent edit`, `agent leave`, `agent export` and `agent import`."""
    return {"add": _add, "edit": _edit, "leave": _leave, "export": _export,
            "import": _import}[args.action](args, settings)


def _add(args: argparse.Namespace, settings: Settings) -> int:
    started = agent_service.checked_date(args.started, "--started")
    cadence = Cadence(args.cadence) if args.cadence else Cadence.MONTHLY
    agent = agent_service.new_agent(args.name, args.email, started=started, cadence=cadence)
    # The first writing command on a new machine creates the journal (never the demo).
    with open_journal(settings, create=True) as journal:
        added = agent_service.add_agent(journal, agent, team=args.team,
                                        new_team=args.new_team)
    key = "agents.added" if added.team else "agents.added_no_team"
    print(tr(key, settings.lang, name=added.name, email=added.email, team=added.team,
             id=added.id))
    return 0


def _edit(args: argparse.Namespace, settings: Settings) -> int:
    cadence = Cadence(args.cadence) if args.cadence else None
    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        changed = agent_service.edit_agent(journal, agent.id or 0, name=args.name,
                                           email=args.email, team=args.team, cadence=cadence,
                                           new_team=args.new_team)
    print(tr("agents.changed", settings.lang, name=changed.name, email=changed.email,
             team=changed.team or "–",
             cadence=tr(f"agents.cadence.{changed.cadence.value}", settings.lang)))
    return 0


def _leave(args: argparse.Namespace, settings: Settings) -> int:
    on = agent_service.checked_date(args.on, "--on")
    assert on is not None  # --on is required
    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        left = agent_service.leave_agent(journal, agent.id or 0, on)
    print(tr("agents.left", settings.lang, name=left.name, on=on.isoformat()))
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from coachtui.services.handover import export_bundle

    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        rows = export_bundle(journal, agent.id or 0, Path(args.out),
                             with_private=args.with_private)
    print(tr("handover.exported", settings.lang, name=agent.name, file=args.out, rows=rows))
    return 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from coachtui.services.handover import import_bundle

    with open_journal(settings, create=True) as journal:
        new_id = import_bundle(journal, Path(args.file))
        name = journal.agent(new_id).name
    print(tr("handover.imported", settings.lang, name=name, file=args.file))
    return 0


def run_absence(args: argparse.Namespace, settings: Settings) -> int:
    """Record an absence (`--from`, `--to`) or list the agent's absences (`--json`)."""
    lang = settings.lang
    if args.to and not args.start:
        raise UserError("absence.to_without_from")
    start = agent_service.checked_date(args.start, "--from")
    end = agent_service.checked_date(args.to, "--to") or start
    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        if start is not None and end is not None:
            saved = absence_service.record_absence(journal, agent.id or 0, start, end)
            if not args.json:
                print(tr("absence.recorded", lang, name=agent.name, start=start.isoformat(),
                         end=end.isoformat(), days=absence_service.days_text(saved.days, lang)))
                return 0
        periods = absence_service.absences(journal, agent.id or 0)
    if args.json:
        print_json([{"id": a.id, "agent": agent.email, "from": a.start.isoformat(),
                     "to": a.end.isoformat() if a.end else None, "days": a.days}
                    for a in periods])
        return 0
    if not periods:
        print(tr("absence.none", lang, name=agent.name))
        return 0
    print(tr("absence.list_title", lang, name=agent.name))
    for a in periods:
        end_text = a.end.isoformat() if a.end else "…"
        print(tr("absence.list_row", lang, start=a.start.isoformat(), end=end_text,
                 days=absence_service.days_text(a.days, lang)))
    return 0
