"""`coachtui talk start AGENT --kind KIND [--month YYYY-MM]`: start a talk of a kind (or
continue its draft) and print its id, for scripts; the TUI is the main way."""

from __future__ import annotations

import argparse

from coachtui.commands.common import month_arg, open_journal
from coachtui.settings import Settings


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Start the talk and print its id on stdout (one line, nothing else)."""
    from coachtui import clock
    from coachtui.model import SessionKind, add_months
    from coachtui.services import talks
    from coachtui.services.agents import find_agent

    kind = SessionKind(args.kind)
    month = month_arg(args.month)
    if month is None:  # a monthly talk looks back on the last full month; others are now
        month = (add_months(clock.current_month(), -1) if kind is SessionKind.MONTHLY
                 else clock.current_month())
    with open_journal(settings, create=True) as journal:
        agent = find_agent(journal, args.agent)
        assert agent.id is not None  # a stored agent
        session = talks.start_talk(journal, agent.id, month, kind)
    print(session.id)
    return 0
