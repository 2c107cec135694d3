"""The team's catalogue (metrics and factors, built in or the team's own, switched on or
off) and the targets: a team default per metric and an agent's own target, each from a
month on, ended by a row without a value (the rule is in `storage.catalogue`).

The rules here: a target names a known metric and a number the metric's unit allows (a
percent is 0-100; `0.85` for a percent is refused as "did you mean 85?"; counts, numbers,
per-hour figures and seconds are 0 or more; a score lies between -100 and 100, which holds
a CSAT of 1-5 as well as an NPS). A target set without a month applies from the month under
review (the month a talk held today is about), so it shows in that talk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachtui.errors import NotFoundError, UserError
from coachtui.outside_text import quoted
from coachtui.services.agents import find_agent

if TYPE_CHECKING:
    from coachtui.model import Agent, Factor, MetricDefinition
    from coachtui.storage.journal import Journal

# What a person types as VALUE to end a target (the CLI's `none`; `geen` in Dutch).
END_WORDS = ("none", "geen")
SCORE_RANGE = (-100.0, 100.0)
DIRECTIONS = ("higher", "lower")


@dataclass(frozen=True)
class Catalogue:
    """Every metric and factor, switched on or not, in display order."""

    metrics: list[MetricDefinition]
    factors: list[Factor]


@dataclass(frozen=True)
class AgreedTarget:
    """A target as saved: for whom (an agent, or a team's default), which metric, what
    value (None: ended), from which month on."""

    agent: Agent | None
    team: str | None
    metric: MetricDefinition
    value: float | None
    from_month: str


@dataclass(frozen=True)
class TargetCell:
    """One cell of the targets grid: the value in force and where it comes from."""

    value: float | None
    own: bool  # the agent's own target (an override), not the team default


@dataclass(frozen=True)
class TargetGrid:
    """A team's targets for one month: metrics down, the team default then each agent."""

    team: str
    month: str
    metrics: list[MetricDefinition]
    agents: list[Agent]
    defaults: dict[str, float | None]
    own: dict[int, dict[str, float]]

    def cell(self, agent_id: int | None, metric: str) -> TargetCell:
        """The team default (agent_id None) or the target in force for one agent."""
        if agent_id is None:
            return TargetCell(self.defaults.get(metric), own=False)
        mine = self.own.get(agent_id, {})
        if metric in mine:
            return TargetCell(mine[metric], own=True)
        return TargetCell(self.defaults.get(metric), own=False)

    @property
    def overrides(self) -> int:
        """How many agents' own targets differ from the grid's team defaults."""
        return sum(len(m) for m in self.own.values())


def review_month() -> str:
    """The month under review: a talk held today looks back on the previous month."""
    from coachtui import clock
    from coachtui.model import add_months

    return add_months(clock.current_month(), -1)


def catalogue(journal: Journal) -> Catalogue:
    """The whole catalogue, switched-off entries and factor sets included."""
    return Catalogue(journal.metrics(active_only=False),
                     journal.factors(active_only=False, with_sets=True))


def active_factors(journal: Journal) -> list[Factor]:
    """The factors switched on, in display order: what a talk rates and a note can tag."""
    return journal.factors(active_only=True)


def metric_by_key(journal: Journal, key: str) -> MetricDefinition:
    """The metric `key` names (switched off ones too), or a refusal listing the keys."""
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    definition = metrics.get(key)
    if definition is None:
        raise NotFoundError("cat.unknown_metric", name=quoted(key),
                            keys=", ".join(sorted(metrics)))
    return definition


def target_value(text: str) -> float:
    """A target as typed: `85`, `85%`, `6,5` (decimal comma) or `6.5`."""
    try:
        return float(text.strip().replace(",", ".").rstrip("%").strip())
    except ValueError:
        raise UserError("cat.bad_value", value=quoted(text)) from None


def is_fraction_of_percent(metric: MetricDefinition, number: float) -> bool:
    """True for `0.85` typed for a percent metric: 85 was probably meant."""
    from coachtui.model import Unit

    return metric.unit is Unit.PERCENT and 0 < number < 1


def check_target(metric: MetricDefinition, number: float) -> float:
    """`number` when the metric's unit allows it as a target; else a refusal naming it."""
    from coachtui.model import Unit

    if number != number or number in (float("inf"), float("-inf")):  # NaN, infinity
        raise UserError("cat.bad_value", value=quoted(str(number)))
    if is_fraction_of_percent(metric, number):
        raise UserError("cat.percent_fraction", value=_plain(number),
                        percent=_plain(number * 100), metric=quoted(metric.key))
    if metric.unit is Unit.PERCENT and not 0 <= number <= 100:
        raise UserError("cat.out_of_range", value=_plain(number), metric=quoted(metric.key),
                        low="0", high="100")
    if metric.unit is Unit.SCORE and not SCORE_RANGE[0] <= number <= SCORE_RANGE[1]:
        raise UserError("cat.out_of_range", value=_plain(number), metric=quoted(metric.key),
                        low=_plain(SCORE_RANGE[0]), high=_plain(SCORE_RANGE[1]))
    if metric.unit is not Unit.SCORE and number < 0:
        raise UserError("cat.negative", value=_plain(number), metric=quoted(metric.key))
    return number


def _plain(number: float) -> str:
    """A number as typed back to a person: `85`, `0.85`, `6.5`."""
    return f"{number:g}"


def parse_target(metric: MetricDefinition, text: str) -> float | None:
    """A VALUE as typed for `metric`: a checked number, or None for `none` (end it)."""
    if text.strip().lower() in END_WORDS:
        return None
    return check_target(metric, target_value(text))


def find_team(journal: Journal, name: str) -> str:
    """The team `name` means (case does not matter): a team of an agent (left agents too)
    or one with team defaults; '' is the agents without a team."""
    known = teams(journal, active_only=False)
    if name in known:
        return name
    folded = [t for t in known if t.casefold() == name.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    raise NotFoundError("cat.unknown_team", team=quoted(name),
                        teams=", ".join(quoted(t) for t in known if t) or "–")


def teams(journal: Journal, *, active_only: bool = True) -> list[str]:
    """Every team by name ('' for agents without a team, last): the teams of agents
    (still employed with `active_only`), and, without it, teams that only have defaults."""
    names = {a.team or "" for a in journal.agents(active_only=active_only)}
    if not active_only:
        names.update(journal.target_teams())
    return sorted(names, key=lambda t: (t == "", t.casefold()))


def agree_target(journal: Journal, agent: str, metric: str, value: str,
                 from_month: str) -> AgreedTarget:
    """Agree a target with the agent `agent` names for `metric`, from `from_month` on
    (`value` `none`: the agent's own target ends; the team default applies again)."""
    from coachtui.model import Target

    person = find_agent(journal, agent)
    definition = metric_by_key(journal, metric)
    number = parse_target(definition, value)
    journal.set_target(Target(agent_id=person.id or 0, metric=definition.key, value=number,
                              from_month=from_month))
    return AgreedTarget(person, None, definition, number, from_month)


def set_agent_target(journal: Journal, agent_id: int, metric: str, value: float | None,
                     from_month: str) -> None:
    """The agent's own target (value None: ended) from a month on; the value is checked
    against the metric's unit."""
    from coachtui.model import Target

    definition = metric_by_key(journal, metric)
    number = None if value is None else check_target(definition, value)
    journal.set_target(Target(agent_id=agent_id, metric=definition.key, value=number,
                              from_month=from_month))


def agree_team_target(journal: Journal, team: str, metric: str, value: str,
                      from_month: str) -> AgreedTarget:
    """The default of team `team` for `metric` from `from_month` on (`none`: it ends)."""
    name = find_team(journal, team)
    definition = metric_by_key(journal, metric)
    number = parse_target(definition, value)
    journal.set_team_target(name, definition.key, number, from_month)
    return AgreedTarget(None, name, definition, number, from_month)


def set_team_default(journal: Journal, team: str, metric: str, value: float | None,
                     from_month: str) -> None:
    """The team default (value None: ended) from a month on, checked against the unit."""
    definition = metric_by_key(journal, metric)
    number = None if value is None else check_target(definition, value)
    journal.set_team_target(team, definition.key, number, from_month)


def target_grid(journal: Journal, team: str, month: str) -> TargetGrid:
    """The targets of `team`'s agents still employed for `month`, read in a few queries."""
    agents = [a for a in journal.agents(active_only=True) if (a.team or "") == team]
    metrics = journal.metrics()
    cells = journal.target_cells(team, [a.id or 0 for a in agents], month)
    return TargetGrid(team=team, month=month, metrics=metrics, agents=agents,
                      defaults=cells.defaults, own=cells.own)


def switch(journal: Journal, key: str, active: bool) -> None:
    """Switch the metric or factor `key` on or off (it stays in the catalogue either way)."""
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    factors = {f.key: f for f in journal.factors(active_only=False, with_sets=True)}
    if key in metrics:
        journal.save_metric(metrics[key].model_copy(update={"active": active}))
    elif key in factors:
        journal.save_factor(factors[key].model_copy(update={"active": active}))
    else:
        raise NotFoundError("cat.unknown_key", name=quoted(key),
                            keys=", ".join(sorted([*metrics, *factors])))


def _key(key: str) -> str:
    """A catalogue key as typed, or a refusal: lower-case letters, digits and `_`."""
    if not key or not key.replace("_", "").isalnum() or key != key.lower() or not key.isascii():
        raise UserError("cat.bad_key", name=quoted(key))
    return key


def _label(text: str, option: str) -> str:
    value = " ".join(text.split())
    if not value:
        raise UserError("cat.empty_label", option=option)
    return value


def add_metric(journal: Journal, key: str, *, label_en: str, label_nl: str, unit: str,
               direction: str, decimals: int = 1) -> MetricDefinition:
    """Add a metric of the team's own; the importers and profiles accept it from then on."""
    from coachtui.model import MetricDefinition, Unit
    from coachtui.model.choices import Origin

    units = [u.value for u in Unit]
    if unit not in units:
        raise UserError("cat.bad_unit", unit=quoted(unit), units=", ".join(units))
    if direction not in DIRECTIONS:
        raise UserError("cat.bad_direction", direction=quoted(direction))
    if not 0 <= decimals <= 4:
        raise UserError("cat.bad_decimals", value=str(decimals))
    metric = MetricDefinition(key=_key(key), label_en=_label(label_en, "--label-en"),
                              label_nl=_label(label_nl, "--label-nl"), unit=Unit(unit),
                              higher_is_better=direction == "higher", decimals=decimals,
                              origin=Origin.TEAM)
    journal.add_metric(metric)
    return metric


def add_factor(journal: Journal, key: str, *, label_en: str, label_nl: str,
               describe_en: str = "", describe_nl: str = "",
               factor_set: str | None = None) -> Factor:
    """Add a qualitative factor of the team's own; in a named set (e.g. `phase-1`) it is a
    competence skill and never shows in the monthly talk's factors step."""
    from coachtui.model import Factor
    from coachtui.model.choices import Origin

    named = None
    if factor_set is not None:
        named = factor_set.strip().lower()
        if not named or not named.replace("-", "").replace("_", "").isalnum():
            raise UserError("cat.bad_set", value=quoted(factor_set))
    factor = Factor(key=_key(key), label_en=_label(label_en, "--label-en"),
                    label_nl=_label(label_nl, "--label-nl"),
                    description_en=describe_en.strip(), description_nl=describe_nl.strip(),
                    origin=Origin.TEAM, factor_set=named)
    journal.add_factor(factor)
    return factor
