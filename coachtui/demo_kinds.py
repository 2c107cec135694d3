"""The demo's talks of other kinds: two signed appraisals, a signed performance talk, a
coaching-moment series for the team's newest agent (early this year, every two weeks), the
exit talk of the agent who left, and answers the agent prepared for the draft in progress
(agent's turn and agenda). Every talk lies before the agent's latest monthly talk, so the
team overview reads as before; no agent is added.

Runs at the end of `build_demo` for the full demo team only (the large benchmark journals
and the small test teams are left as they are).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from coachtui import clock
from coachtui.model import SessionKind
from coachtui.services.signing import sign

if TYPE_CHECKING:
    from collections.abc import Mapping

    from coachtui.storage.journal import Journal

Pair = tuple[str, str]  # (Dutch, English)

_APPRAISAL = {
    "joris.bakker": {
        "overall": "exceeds", "outcome": "salary_step",
        "appraisal.overall_why": (
            "Het hele jaar boven het FTR-doel en de vraagbaak voor nieuwe collega's.",
            "Above the FTR target all year, and the person new colleagues go to."),
        "appraisal.outcome_remark": ("Een salarisstap per 1 februari.",
                                     "One salary step from 1 February."),
        "appraisal.reaction": ("Blij mee; wil graag meer tweedelijnswerk.",
                               "Pleased; would like more second-line work."),
        "note": ("Sterk en constant", "Strong and steady"),
    },
    "ayse.yilmaz": {
        "overall": "meets", "outcome": "none",
        "appraisal.overall_why": (
            "Goede klantwaarderingen; het tempo per uur bleef in het voorjaar achter.",
            "Good customer ratings; the pace per hour lagged in the spring."),
        "appraisal.outcome_remark": ("Volgend jaar opnieuw bekijken.",
                                     "To be looked at again next year."),
        "appraisal.reaction": ("Herkenbaar; het voorjaar was druk met de migratie.",
                               "Fair; the spring was busy with the migration."),
        "note": ("Naar verwachting", "As expected"),
    },
}

_PERFORMANCE: dict[str, Pair] = {
    "turn.how": ("Het loopt goed, al is de maandagochtend erg druk.",
                 "It goes well, though Monday mornings are very busy."),
    "turn.helps": ("De nieuwe standaardteksten en korte lijnen met het team.",
                   "The new canned replies and short lines with the team."),
    "turn.hinders": ("Wachten op antwoord van de tweede lijn.",
                     "Waiting for answers from second line."),
    "turn.next": ("Meer met de chat doen.", "Do more on chat."),
    "turn.for_lead": ("Graag vaker korte feedback tussendoor.",
                      "Short feedback in between more often, please."),
    "performance.lead_view": ("Betrouwbaar en rustig; klaar voor een extra kanaal.",
                              "Reliable and calm; ready for another channel."),
    "performance.together": ("Een vast overleg met de tweede lijn op dinsdag.",
                             "A fixed Tuesday check-in with second line."),
}
_PERFORMANCE_GOAL: Pair = ("Twee dagdelen per week chat draaien",
                           "Two chat shifts a week")

_COACHING: list[tuple[str, int, Pair, Pair, Pair]] = [
    ("2026-01", 12, ("Begroeting aan de telefoon", "Greeting on the phone"),
     ("Bij twee meegeluisterde gesprekken geen naam genoemd",
      "Did not give a name in two calls listened in on"),
     ("Altijd eerst naam en bedrijf", "Always name and company first")),
    ("2026-01", 26, ("Samenvatten voor het oplossen", "Summarise before solving"),
     ("Klant moest zijn vraag twee keer uitleggen", "Customer had to explain twice"),
     ("Vraag eerst terug wat je hoorde", "Repeat back what you heard first")),
    ("2026-02", 9, ("Tickets netjes afsluiten", "Closing tickets properly"),
     ("Drie tickets zonder interne notitie gesloten", "Three tickets closed without a note"),
     ("Bij elk ticket een korte notitie", "A short note on every ticket")),
    ("2026-02", 23, ("Doorverbinden naar de tweede lijn", "Transferring to second line"),
     ("Twee keer doorverbonden zonder overdracht", "Transferred twice without a handover"),
     ("Eerst de collega inlichten, dan doorverbinden",
      "Brief the colleague first, then transfer")),
    ("2026-03", 9, ("Toon in e-mails", "Tone in e-mails"),
     ("Een klant noemde het antwoord kortaf", "A customer called a reply curt"),
     ("Elke mail met een persoonlijke zin openen", "Open every mail with a personal line")),
]

_EXIT: dict[str, Pair] = {
    "exit.reason": ("Een baan dichter bij huis, met minder reistijd.",
                    "A job closer to home, with less travel."),
    "exit.went_well": ("De samenwerking in het hostingteam.",
                       "Working together in the hosting team."),
    "exit.could_be_better": ("Het rooster kwam vaak laat.", "The rota often came late."),
    "exit.handover": ("Domeinwachtrij overdragen aan Joris; kennisbankartikelen afronden.",
                      "Hand the domain queue to Joris; finish the knowledge-base articles."),
    "exit.leaving_on": ("2024-03-31", "2024-03-31"),
}

_PREPARED: dict[str, Pair] = {
    "turn.how": ("Drukke maand, maar ik hield het bij.", "A busy month, but I kept up."),
    "turn.learned": ("Hoe ik DNS-problemen sneller vind.", "How to find DNS problems faster."),
    "turn.next": ("De cursus klachtbehandeling.", "The complaint-handling course."),
    "turn.need": ("Een middag om de cursus te starten.", "An afternoon to start the course."),
}
_AGENDA: list[tuple[str, Pair]] = [
    ("agent", ("Rooster in december", "The December rota")),
    ("lead", ("Terugkoppeling van de meeluisterdag", "Feedback from the listening-in day")),
]


def _pick(pair: Pair, lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def _at(month: str, day: int) -> datetime:
    return datetime(int(month[:4]), int(month[5:7]), day, 14, 0, tzinfo=UTC)


def _agent_id(journal: Journal, local: str) -> int | None:
    for agent in journal.agents():
        if agent.email == f"{local}@example.nl":
            return agent.id
    return None


def build_kinds_demo(journal: Journal, lang: str, counts: dict[str, int], today: date, *,
                     full: bool = True) -> None:
    """Add the talks of other kinds to the full demo team (inside the caller's transaction);
    `full` False (a benchmark's or a test's own team size) adds nothing."""
    if not full:
        return
    joris, ayse, lotte = (_agent_id(journal, x) for x in
                          ("joris.bakker", "ayse.yilmaz", "lotte.janssen"))
    sanne, peter = _agent_id(journal, "sanne.devries"), _agent_id(journal, "peter.smit")
    newest = _agent_id(journal, "lukasz.nowak")
    if None in (joris, ayse, lotte, sanne, peter, newest):
        return
    factors = [f.key for f in journal.factors()]
    for local, agent_id in (("joris.bakker", joris), ("ayse.yilmaz", ayse)):
        _appraisal(journal, agent_id or 0, _APPRAISAL[local], factors, lang)
        counts["sessions"] += 1
    _performance(journal, lotte or 0, factors, lang)
    counts["sessions"] += 1
    counts["sessions"] += _coaching_series(journal, newest or 0, lang)
    _exit(journal, peter or 0, lang)
    counts["sessions"] += 1
    _prepared(journal, sanne or 0, factors, lang, today)


def _signed(journal: Journal, session_id: int) -> None:
    """Both sign: the team lead, and the agent with their first name."""
    first = journal.agent(journal.session(session_id).agent_id).name.split()[0]
    sign(journal, session_id, manager="Marieke Jansen", agent=first, confirmed_soft=True)


def _appraisal(journal: Journal, agent_id: int, data: Mapping[str, object],
               factors: list[str], lang: str) -> None:
    with clock.frozen_at(_at("2026-01", 20)):
        sid = journal.start_session(agent_id, "2026-01", SessionKind.APPRAISAL).id or 0
        for n, factor in enumerate(factors):
            rating = "+" if data["overall"] == "exceeds" or n % 3 else "+/-"
            note = data["note"]
            assert isinstance(note, tuple)
            journal.save_rating(sid, factor, rating, note=_pick(note, lang) if n == 0 else "")
        journal.save_talk_answer(sid, "appraisal.overall", str(data["overall"]))
        journal.save_talk_answer(sid, "appraisal.outcome", str(data["outcome"]))
        for field in ("appraisal.overall_why", "appraisal.outcome_remark",
                      "appraisal.reaction"):
            text = data[field]
            assert isinstance(text, tuple)
            journal.save_talk_answer(sid, field, _pick(text, lang))
        _signed(journal, sid)


def _performance(journal: Journal, agent_id: int, factors: list[str], lang: str) -> None:
    with clock.frozen_at(_at("2026-06", 16)):
        sid = journal.start_session(agent_id, "2026-06", SessionKind.PERFORMANCE).id or 0
        for field, pair in _PERFORMANCE.items():
            journal.save_talk_answer(sid, field, _pick(pair, lang))
        for n, factor in enumerate(factors[:4]):
            journal.save_agent_rating(sid, factor, rating="+" if n % 2 == 0 else "+/-")
        journal.add_goal(sid, what=_pick(_PERFORMANCE_GOAL, lang),
                         measure=_pick(("rooster", "rota"), lang),
                         target=_pick(("2 dagdelen per week", "2 shifts a week"), lang),
                         deadline="2026-12-31")
        _signed(journal, sid)


def _coaching_series(journal: Journal, agent_id: int, lang: str) -> int:
    """The team's newest agent coached every two weeks, on one point at a time."""
    for month, day, topic, evidence, agreement in _COACHING:
        with clock.frozen_at(_at(month, day)):
            sid = journal.start_session(agent_id, month, SessionKind.COACHING).id or 0
            journal.save_talk_answer(sid, "coaching.topic", _pick(topic, lang))
            journal.save_talk_answer(sid, "coaching.evidence", _pick(evidence, lang))
            journal.save_talk_answer(sid, "coaching.agreement", _pick(agreement, lang))
            follow_up = date(int(month[:4]), int(month[5:7]), day) + timedelta(days=14)
            journal.save_talk_answer(sid, "coaching.follow_up", follow_up.isoformat())
            _signed(journal, sid)
    return len(_COACHING)


def _exit(journal: Journal, agent_id: int, lang: str) -> None:
    with clock.frozen_at(datetime(2024, 3, 8, 14, tzinfo=UTC)):
        sid = journal.start_session(agent_id, "2024-03", SessionKind.EXIT).id or 0
        for field, pair in _EXIT.items():
            journal.save_talk_answer(sid, field, _pick(pair, lang))
        sign(journal, sid, manager="M. Jansen", agent="Peter", confirmed_soft=True)


def _prepared(journal: Journal, agent_id: int, factors: list[str], lang: str,
              today: date) -> None:
    """What the agent typed before the draft talk: answers, own ratings, agenda items."""
    from coachtui.model import add_months

    draft = journal.draft_for(agent_id, add_months(today.strftime("%Y-%m"), -1))
    if draft is None or draft.id is None:
        return
    with clock.frozen_at(datetime(today.year, today.month, today.day, 8, tzinfo=UTC)):
        for field, pair in _PREPARED.items():
            journal.save_talk_answer(draft.id, field, _pick(pair, lang))
        for n, factor in enumerate(factors[:3]):
            journal.save_agent_rating(draft.id, factor, rating=("+", "+/-", "+")[n])
        for by, pair in _AGENDA:
            journal.add_agenda_item(agent_id, _pick(pair, lang), added_by=by)

