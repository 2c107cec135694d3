"""The agent page's goals between talks: open goals with their progress, and the keys that
add a progress remark (r) or log an incident against a behaviour goal (I)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text

from coachtui.errors import UserError
from coachtui.model import GoalType
from coachtui.outside_text import shown
from coachtui.services import goals as goal_service
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition
    from coachtui.screens.base import CoachScreen
    from coachtui.services.goals import GoalProgress


def goals_text(found: list[GoalProgress], metrics: dict[str, MetricDefinition],
               lang: str) -> Text:
    """Each open goal: type and text, its figure, months running, incidents (with a
    warning at the threshold), settling in or past its deadline, and dated remarks."""
    text = Text()
    for p in found:
        goal = p.goal
        if text:
            text.append("\n")
        text.append(f"• {tr('goal_type.' + goal.type.value, lang)}: ", style="dim")
        text.append(shown(goal.what or "–") + " ", style="bold")
        details = [tr("goals.agent.running", lang, n=p.months_running)]
        metric = metrics.get(goal.metric or "")
        if metric is not None:
            details.append(tr("goals.cli.figure", lang, metric=metric.label(lang),
                              latest=metric.format(p.figure.value, lang),
                              target=metric.format(goal.target_value, lang)))
        if goal.threshold is not None:
            details.append(tr("goals.agent.incidents", lang, n=p.incidents, of=goal.threshold))
        if goal.embed_until:
            details.append(tr("goals.embedding_until", lang, month=goal.embed_until))
        text.append("\n  " + " · ".join(details), style="dim")
        if p.past_deadline:
            text.append("  " + tr("goals.past_deadline", lang), style="bold yellow")
        if p.at_threshold:
            text.append("\n  " + tr("goals.agent.warn", lang,
                                    consequence=shown(goal.consequence or "–")),
                        style="bold red")
        for remark in p.remarks[-3:]:
            text.append(f"\n  {remark.on} ", style="italic")
            text.append(shown(remark.text))
    return text


def ask_goal_note(screen: CoachScreen, agent_id: int, *, incident: bool,
                  done: Callable[[], None]) -> None:
    """Pick the goal (when there are several), ask the text, save it; `done` redraws."""
    from coachtui.screens.widgets.text_prompt import TextPrompt

    lang = screen.lang
    found = goal_service.open_goals(screen.journal, agent_id)
    if incident:
        found = [p for p in found if p.goal.type is GoalType.BEHAVIOUR]
    if not found:
        key = "goals.agent.no_behaviour" if incident else "goals.agent.no_open"
        screen.notify(tr(key, lang), severity="warning", markup=False)
        return

    def ask_text(p: GoalProgress) -> None:
        question = "goals.agent.incident_prompt" if incident else "goals.agent.progress_prompt"
        screen.app.push_screen(TextPrompt(tr(question, lang, what=p.goal.what or "–")),
                               callback=lambda text: save(p, text))

    def save(p: GoalProgress, text: str | None, allow: bool = False) -> None:
        if text is None and not incident:
            return
        goal_id = p.goal.id or 0
        try:
            if incident:
                n = goal_service.add_incident(screen.journal, goal_id, text=text or "",
                                              allow_health=allow)
                screen.notify(tr("goals.incident_saved", lang, id=goal_id, n=n), markup=False)
                if p.goal.threshold is not None and n >= p.goal.threshold:
                    screen.notify(tr("goals.at_threshold", lang, n=n, of=p.goal.threshold,
                                     consequence=p.goal.consequence or "–"),
                                  severity="warning", timeout=10, markup=False)
            else:
                on = goal_service.add_progress(screen.journal, goal_id, text or "",
                                               allow_health=allow)
                screen.notify(tr("goals.progress_saved", lang, id=goal_id,
                                 on=on.isoformat()), markup=False)
        except goal_service.HealthWordsInField as exc:
            _ask_health(screen, exc.text(lang), lambda: save(p, text, True))
            return
        except UserError as exc:
            screen.notify(exc.text(lang), severity="error", markup=False)
            return
        done()

    if len(found) == 1:
        ask_text(found[0])
        return
    choices = ", ".join(f"{n} {p.goal.what[:30]}" for n, p in enumerate(found, start=1))

    def picked(answer: str | None) -> None:
        if answer and answer.strip().isdigit() and 1 <= int(answer) <= len(found):
            ask_text(found[int(answer) - 1])

    screen.app.push_screen(TextPrompt(tr("goals.agent.pick", lang, choices=choices)),
                           callback=picked)


def _ask_health(screen: CoachScreen, question: str, yes: Callable[[], None]) -> None:
    from coachtui.screens.widgets.confirm import Confirm

    def answer(ok: bool | None) -> None:
        if ok:
            yes()

    screen.app.push_screen(Confirm(question, f"{screen.tr('app.confirm.yes')}   "
                                             f"{screen.tr('app.confirm.no')}"),
                           callback=answer)
