"""A demo journal that feels like a real team: seeded, so the same for the same day.

`build_demo` also makes the large journals the benchmarks use (60 agents, 10 years).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from coachtui import clock
from coachtui.demo_goals import build_goal_demo, demo_outcome, during_talk, goal_extras
from coachtui.demo_kinds import build_kinds_demo
from coachtui.demo_texts import (
    AGENT_WORDS,
    AGENTS,
    AGREEMENTS,
    FACTOR_NOTES,
    FIRST,
    GOALS,
    LAST,
    LEARNING_POINTS,
    PRIVATE_NOTES,
    QUICK_NOTES,
)
from coachtui.model import (
    Agent,
    Channel,
    Figure,
    GoalStatus,
    GoalType,
    Note,
    Rating,
    Relation,
    Target,
    add_months,
)
from coachtui.services.signing import sign

if TYPE_CHECKING:
    from coachtui.model import Goal
    from coachtui.storage.journal import Journal

Profile = tuple[float, float, float]  # starting skill, monthly trend, speed


@dataclass(frozen=True)
class DemoSize:
    """How big a demo team is: agents, months of figures, months of signed talks."""

    agents: int = 10
    months: int = 18
    talk_months: int = 12


def _at(month: str, day: int, hour: int = 10) -> datetime:
    year, mon = int(month[:4]), int(month[5:7])
    return datetime(year, mon, min(day, 28), hour, 0, tzinfo=UTC)


def _id(value: int | None) -> int:
    """The id of a row just saved (a saved row always has one)."""
    assert value is not None
    return value


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def _team(size: DemoSize) -> list[tuple[str, str, str, tuple[float, float, float]]]:
    team = list(AGENTS[: size.agents])
    rng = random.Random(7)
    while len(team) < size.agents:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}".lower().replace(" ", "").replace("ö", "o").replace("ë", "e")
        local = local.encode("ascii", "ignore").decode() + str(len(team))
        profile = (rng.uniform(0.45, 0.85), rng.uniform(-0.015, 0.02), rng.uniform(0.8, 1.2))
        team.append((f"{first} {last}", local, rng.choice(("Hosting", "Domeinen", "E-mail")),
                     profile))
    return team


def build_demo(journal: Journal, *, lang: str = "nl", size: DemoSize | None = None,
               today: date | None = None, seed: int = 2026) -> dict[str, int]:
    """Fill an empty journal with a team, figures, targets, talks and notes."""
    size = size or DemoSize()
    today = today or clock.today()
    rng = random.Random(seed)
    this_month = today.strftime("%Y-%m")
    last_figure_month = add_months(this_month, -1)
    first_month = add_months(last_figure_month, -(size.months - 1))
    months = [add_months(first_month, i) for i in range(size.months)]
    talk_months = months[-size.talk_months:]
    factors = [f.key for f in journal.factors()]
    counts = {"agents": 0, "sessions": 0, "notes": 0, "figures": 0}
    with journal.transaction(), clock.frozen_at(_at(first_month, 1)):
        journal.set_meta("manager_name", "Marieke Jansen")
        journal.set_meta("demo", "1")
        for index, (name, local, team, profile) in enumerate(_team(size)):
            agent = journal.add_agent(Agent(
                name=name, email=f"{local}@example.nl", team=team,
                employment_start=date(2019 + index % 5, 1 + index % 12, 1)))
            counts["agents"] += 1
            agent_id = _id(agent.id)
            _figures_and_targets(journal, rng, agent_id, profile, months, counts)
            kees_overdue = index == 7
            skip_last = kees_overdue or index % 3 == 2
            _talks_and_notes(journal, rng, agent_id, profile, talk_months, factors, lang,
                             counts, today, skip_last=skip_last, overdue=kees_overdue,
                             draft=index == 0)
        _former_agent(journal, lang, counts)
        build_goal_demo(journal, lang, today)
        build_kinds_demo(journal, lang, counts, today, full=size == DemoSize())
        from coachtui.demo_qm import build_qm_demo

        counts["agents"] += build_qm_demo(journal, lang=lang, today=today)
    from coachtui.demo_targets import add_demo_targets

    add_demo_targets(journal, first_month)
    return counts


def _figures_and_targets(journal: Journal, rng: random.Random, agent_id: int, profile: Profile,
                         months: list[str], counts: dict[str, int]) -> None:
    skill0, trend, speed = profile
    ftr_target = rng.choice((80.0, 82.0, 85.0, 88.0))
    tph_target = rng.choice((5.5, 6.0, 6.5))
    journal.set_target(Target(agent_id=agent_id, metric="ftr", value=ftr_target,
                              from_month=months[0]))
    journal.set_target(Target(agent_id=agent_id, metric="tickets_per_hour", value=tph_target,
                              from_month=months[0]))
    journal.set_target(Target(agent_id=agent_id, metric="smileys_green",
                              value=float(rng.choice((50, 60, 70))), from_month=months[0]))
    journal.set_target(Target(agent_id=agent_id, metric="smileys_red", value=6.0,
                              from_month=months[0]))
    if len(months) > 9 and trend > 0.01:  # improving agents agreed a higher bar later
        journal.set_target(Target(agent_id=agent_id, metric="ftr", value=ftr_target + 3,
                                  from_month=months[len(months) // 2]))
    rows: list[Figure] = []
    for i, month in enumerate(months):
        skill = min(0.98, max(0.2, skill0 + trend * i + rng.gauss(0, 0.04)))
        rated = rng.randint(60, 120)
        green = round(rated * (0.5 + 0.45 * skill))
        red = round((rated - green) * (0.55 - 0.3 * skill))
        values: dict[str, float | None] = {
            "ftr": round(58 + 36 * skill + rng.gauss(0, 1.5), 1),
            "tickets_per_hour": round((3.8 + 3.0 * skill) * speed + rng.gauss(0, 0.2), 2),
            "smileys_green": float(green),
            "smileys_yellow": float(rated - green - red),
            "smileys_red": float(red),
        }
        if i == len(months) - 1 and agent_id % 4 == 3:
            values["tickets_per_hour"] = None  # hours not yet delivered by WFM: unknown
        imported = _at(add_months(month, 1), 2, 7)
        rows += [Figure(agent_id=agent_id, month=month, metric=k, value=v,
                        source="demo", imported_at=imported) for k, v in values.items()]
    counts["figures"] += len(rows)
    journal.save_figures(rows)


def _talks_and_notes(journal: Journal, rng: random.Random, agent_id: int, profile: Profile,
                     talk_months: list[str], factors: list[str], lang: str,
                     counts: dict[str, int], today: date, *, skip_last: bool, overdue: bool,
                     draft: bool) -> None:
    skill0, trend, _ = profile
    _notes_between_talks(journal, random.Random(agent_id * 7919), agent_id,
                         [*talk_months, add_months(talk_months[-1], 1)], lang, counts, today)
    months = talk_months[:-2] if overdue else talk_months
    previous_goals: list[Goal] = []
    for i, month in enumerate(months):
        skill = min(0.95, max(0.2, skill0 + trend * i))
        last = i == len(months) - 1
        held = _at(add_months(month, 1), 3 + agent_id % 6, 10)
        if (last and skip_last and not overdue) or held.date() > today:
            break  # this month's talk is still due
        with clock.frozen_at(held):
            sid = _id(journal.start_session(agent_id, month).id)
            counts["sessions"] += 1
            for goal in previous_goals:
                roll = rng.random() + (skill - 0.6)
                status = demo_outcome(journal, goal, month, (
                    GoalStatus.ACHIEVED if roll > 0.55 else GoalStatus.PARTLY
                    if roll > 0.3 else GoalStatus.NOT_ACHIEVED))
                remark = {"achieved": ("Gehaald, goed vasthouden.", "Reached; keep it up."),
                          "partly": ("Bijna; nog een maand.", "Nearly; one more month."),
                          "not_achieved": ("Nog niet; samen kijken wat er nodig is.",
                                           "Not yet; let's see what is needed.")}[status.value]
                journal.review_goal(_id(goal.id), sid, status, _pick(remark, lang))
                if status is not GoalStatus.ACHIEVED:
                    journal.carry_over_goal(_id(goal.id), sid)
            for factor in factors:
                rating = rng.choices([Rating.PLUS, Rating.MIXED, Rating.MINUS],
                                     weights=[skill, 0.5, 1.1 - skill])[0]
                note = _pick(rng.choice(FACTOR_NOTES[rating.value]), lang) \
                    if rng.random() < 0.35 else ""
                journal.save_rating(sid, factor, rating, note)
            journal.set_learning_point(sid, _pick(rng.choice(LEARNING_POINTS), lang))
            current = journal.goals(sid)
            wanted = rng.choice((3, 3, 4))
            used = {g.what for g in current}
            for goal_type, what, measure, target, why, support in rng.sample(GOALS, len(GOALS)):
                if len(current) >= wanted:
                    break
                if _pick(what, lang) in used:
                    continue
                current.append(journal.add_goal(
                    sid, type=GoalType(goal_type), what=_pick(what, lang),
                    measure=_pick(measure, lang), target=_pick(target, lang),
                    deadline=(held + timedelta(days=31)).date(), why=_pick(why, lang),
                    support=_pick(support, lang), **goal_extras(what[1])))
            journal.save_session_field(sid, "agreements",
                                       _pick(rng.choice(AGREEMENTS), lang))
            journal.save_session_field(sid, "agent_comments",
                                       _pick(rng.choice(AGENT_WORDS), lang))
            if rng.random() < 0.3:
                journal.save_session_field(sid, "private_notes",
                                           _pick(rng.choice(PRIVATE_NOTES), lang))
            if last and draft:
                journal.save_progress(sid, 4, "learning_point")
                break
            during_talk(journal, sid, agent_id, month, last=last, lang=lang)
            sign(journal, sid, manager="M. Jansen",
                 agent=journal.agent(agent_id).name.split()[0], confirmed_soft=True)
            previous_goals = [g for g in journal.goals(sid)]


def _notes_between_talks(journal: Journal, rng: random.Random, agent_id: int,
                         months: list[str], lang: str, counts: dict[str, int],
                         today: date) -> None:
    """Two to four quick notes a month, up to today, whether or not a talk followed."""
    for month in months:
        for n in range(rng.randint(2, 4)):
            note_at = _at(month, 2 + n * 6 + rng.randint(0, 4), 9 + n * 2)
            if note_at.date() >= today:
                continue
            _quick_note(journal, rng, agent_id, note_at, lang, counts,
                        private=rng.random() < 0.12)


def _quick_note(journal: Journal, rng: random.Random, agent_id: int, at: datetime, lang: str,
                counts: dict[str, int], *, private: bool) -> None:
    with clock.frozen_at(at):
        if private:
            journal.add_note(Note(agent_id=agent_id, created_at=at, private=True,
                                  text=_pick(rng.choice(PRIVATE_NOTES), lang)))
        else:
            factor, rating, text = rng.choice(QUICK_NOTES)
            observed = rng.random() < 0.6
            journal.add_note(Note(
                agent_id=agent_id, created_at=at, text=_pick(text, lang), factor=factor,
                rating=Rating(rating) if rating else None,
                contact_ref=f"#{rng.randint(100000, 999999)}" if observed else None,
                channel=rng.choice(list(Channel)) if observed else None,
                relation=rng.choices(list(Relation), weights=[5, 4, 1])[0] if observed else None,
            ))
    counts["notes"] += 1


def _former_agent(journal: Journal, lang: str, counts: dict[str, int]) -> None:
    """An agent who left in early 2024: what the retention purge is for."""
    with clock.frozen_at(datetime(2024, 2, 10, 10, tzinfo=UTC)):
        agent = journal.add_agent(Agent(
            name="Peter Smit", email="peter.smit@example.nl", team="Hosting",
            employment_start=date(2019, 2, 1), employment_end=date(2024, 3, 31), active=False))
        agent_id = _id(agent.id)
        journal.add_note(Note(agent_id=agent_id, created_at=clock.now(),
                              text=_pick(QUICK_NOTES[4][2], lang), factor="collaboration",
                              rating=Rating.PLUS))
        sid = _id(journal.start_session(agent_id, "2024-01").id)
        journal.set_learning_point(sid, _pick(LEARNING_POINTS[0], lang))
        sign(journal, sid, manager="M. Jansen", agent="Peter", confirmed_soft=True)
    counts["agents"] += 1
    counts["sessions"] += 1
    counts["notes"] += 1
