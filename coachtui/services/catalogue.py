"""The team's catalogue (metrics and factors, switched on or off) and the targets agreed
with each agent. The rules: a target names a known metric and a number; a key switched on
or off is a metric or a factor of the catalogue.
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


@dataclass(frozen=True)
class Catalogue:
    """Every metric and factor, switched on or not, in display order."""

    metrics: list[MetricDefinition]
    factors: list[Factor]


@dataclass(frozen=True)
class AgreedTarget:
    """A target as saved: who, which metric, what value, from which month on."""

    agent: Agent
    metric: MetricDefinition
    value: float
    from_month: str


def catalogue(journal: Journal) -> Catalogue:
    """The whole catalogue, switched-off entries included."""
    return Catalogue(journal.metrics(active_only=False), journal.factors(active_only=False))


def active_factors(journal: Journal) -> list[Factor]:
    """The factors switched on, in display order: what a talk rates and a note can tag."""
    return journal.factors(active_only=True)


def target_value(text: str) -> float:
    """A target as typed: `85`, `85%`, `6,5` (decimal comma) or `6.5`."""
    try:
        return float(text.strip().replace(",", ".").rstrip("%"))
    except ValueError:
        raise UserError("cat.bad_value", value=quoted(text)) from None


def agree_target(journal: Journal, agent: str, metric: str, value: str,
                 from_month: str) -> AgreedTarget:
    """Agree a target with the agent `agent` names for `metric`, from `from_month` on."""
    from coachtui.model import Target

    person = find_agent(journal, agent)
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    definition = metrics.get(metric)
    if definition is None:
        raise NotFoundError("cat.unknown_metric", name=quoted(metric),
                            keys=", ".join(sorted(metrics)))
    number = target_value(value)
    journal.set_target(Target(agent_id=person.id or 0, metric=definition.key, value=number,
                              from_month=from_month))
    return AgreedTarget(person, definition, number, from_month)


def switch(journal: Journal, key: str, active: bool) -> None:
    """Switch the metric or factor `key` on or off (it stays in the catalogue either way)."""
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    factors = {f.key: f for f in journal.factors(active_only=False)}
    if key in metrics:
        journal.save_metric(metrics[key].model_copy(update={"active": active}))
    elif key in factors:
        journal.save_factor(factors[key].model_copy(update={"active": active}))
    else:
        raise NotFoundError("cat.unknown_key", name=quoted(key),
                            keys=", ".join(sorted([*metrics, *factors])))
