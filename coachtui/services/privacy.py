"""Privacy: the right of access (everything about one agent), erasure and retention.

The rules: an erasure shows what goes before anything goes, and is confirmed by naming the
agent (the TUI) or `--yes` (the command line); it removes every trace, from the tables and
from the file's bytes. Retention lists agents whose employment ended longer ago than a
number of years (0: everyone whose employment has ended).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.services.agents import find_agent

if TYPE_CHECKING:
    from coachtui.model import Agent
    from coachtui.storage.journal import Journal
    from coachtui.storage.privacy import ErasureReport as ErasureReport

# The order a person reads an erasure preview in: the agent first, the change log last.
TABLE_ORDER = ("agents", "sessions", "signed_records", "factor_ratings", "talk_answers",
               "agenda_items", "goals", "goal_progress", "goal_incidents", "addenda", "notes",
               "figures", "targets", "absences", "qm_evaluations", "qm_scores",
               "qm_round_contacts", "qm_scorer_names", "competence_judgements", "change_log")


def confirms_erasure(agent: Agent, typed: str) -> bool:
    """True when `typed` is the agent's first name, full name or e-mail (case ignored)."""
    answer = " ".join(typed.split()).casefold()
    if not answer:
        return False
    words = agent.name.split()
    first = words[0] if words else agent.name
    return answer in {first.casefold(), " ".join(words).casefold(),
                      agent.email.strip().casefold()}


def erasure_preview(journal: Journal, agent_id: int) -> list[tuple[str, int]]:
    """(table, rows) an erasure of the agent would remove, in reading order; nothing written."""
    counts = journal.erasure_preview([agent_id])
    order = {table: index for index, table in enumerate(TABLE_ORDER)}
    return sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))


def erase_agent(journal: Journal, agent_id: int,
                replica_url: str | None = None) -> ErasureReport:
    """Erase the agent and every trace of them, from the tables and from the file, and on
    a replicated journal from the replica's history (see services.replica)."""
    return _erase_everywhere(journal, [agent_id], replica_url)


def _erase_everywhere(journal: Journal, agent_ids: list[int],
                      replica_url: str | None) -> ErasureReport:
    import dataclasses

    from coachtui.services.replica import erasure_reaches_replica

    with erasure_reaches_replica(journal, replica_url) as replica:
        report = journal.erase_agents(agent_ids)
    return dataclasses.replace(report, replica=replica)


@dataclass(frozen=True)
class AccessFiles:
    """The two files of a right-of-access answer: JSON for machines, Markdown to read."""

    agent: Agent
    json_path: Path
    markdown_path: Path


def access_export(journal: Journal, agent: str, folder: Path, lang: str,
                  today: date) -> AccessFiles:
    """Write everything recorded about the agent `agent` names, private parts included,
    to `folder` (created if missing) as `access_<name>_<date>.json` and `.md`."""
    from coachtui.export.access import (
        access_document,
        access_file_names,
        access_json,
        access_markdown,
    )
    from coachtui.export.files import ensure_folder, write_atomic

    target = ensure_folder(folder, lang)
    person = find_agent(journal, agent)
    document = access_document(journal.agent_record(person.id or 0))
    # The names come from the e-mail: one function keeps them inside the folder.
    json_name, md_name = access_file_names(person.email, today)
    json_path = write_atomic(target / json_name, access_json(document), lang)
    md_path = write_atomic(target / md_name, access_markdown(document, lang), lang)
    return AccessFiles(person, json_path, md_path)


def retention_years(years: float) -> float:
    """A retention period: a finite number of years, 0 or more (0: everyone who left)."""
    if not (years >= 0 and math.isfinite(years)):
        raise UserError("privacy.years_positive", value=f"{years:g}")
    return years


def purge_candidates(journal: Journal, years: float, today: date) -> list[Agent]:
    """Agents whose employment ended more than `years` before `today`, longest gone first."""
    return journal.purge_candidates(retention_years(years), today)


def purge(journal: Journal, agents: list[Agent],
          replica_url: str | None = None) -> ErasureReport:
    """Erase these agents in one transaction, then scrub the file once (and the replica's
    history, as `erase_agent`)."""
    return _erase_everywhere(journal, [a.id for a in agents if a.id is not None],
                             replica_url)
