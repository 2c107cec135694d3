"""What a source yields before it meets the journal: figures per agent (as the source names
them) and month, plus warnings. The service turns a Harvest into an ImportPlan."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachtui.importers.problems import Notice
from coachtui.outside_text import has_controls


@dataclass(frozen=True)
class AgentRef:
    """An agent as the source names them: by e-mail, by name or by journal id.

    `name` is only a suggestion for a new agent and does not take part in comparisons.
    """

    match: str
    key: str
    name: str | None = field(default=None, compare=False)


@dataclass
class Harvest:
    """Figures read from one source: (agent, month) -> {metric: value or None}."""

    source: str
    figures: dict[tuple[AgentRef, str], dict[str, float | None]] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)
    rows: int = 0
    # agents the source knows (a helpdesk's agent list) even when they have no figures
    agents: list[AgentRef] = field(default_factory=list)
    # tickets handled per (agent, month), so hours from a WFM file can give tickets per hour
    handled: dict[tuple[AgentRef, str], float] = field(default_factory=dict)
    # file rows whose agent cell or name carry control characters (stored as they came,
    # listed in a warning): how many, and the first few as (line, the agent it names)
    odd_rows: int = 0
    odd_lines: list[tuple[int, AgentRef]] = field(default_factory=list)

    def put(self, agent: AgentRef, month: str, metric: str, value: float | None) -> None:
        """Record one figure."""
        self.figures.setdefault((agent, month), {})[metric] = value

    def check_text(self, agent: AgentRef, line: int) -> None:
        """Count `line` when the agent it names carries control characters."""
        if has_odd_text(agent):
            self.odd_rows += 1
            if len(self.odd_lines) < ODD_LINES_SHOWN:
                self.odd_lines.append((line, agent))


ODD_LINES_SHOWN = 8  # lines named in the warning; the count covers the rest


def has_odd_text(agent: AgentRef) -> bool:
    """True when the agent's key or name holds a control or bidi character."""
    return has_controls(agent.key) or (agent.name is not None and has_controls(agent.name))


# Rows at the bottom of many reports that add up the team rather than name an agent
SUMMARY_ROWS = frozenset({"total", "totaal", "grand total", "eindtotaal", "totalen", "totals",
                          "sum", "som", "average", "gemiddelde", "overall", "team"})


def agent_ref(raw: object, match: str, name: object = None) -> AgentRef | None:
    """The AgentRef a cell names, None for an empty or summary row; ValueError if malformed."""
    from coachtui.importers.problems import CellError

    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = " ".join(str(raw).split())
    if not text or text.casefold() in SUMMARY_ROWS:
        return None
    shown = " ".join(str(name).split()) if name not in (None, "") else None
    if match == "email":
        email = text.lower()
        local, _, domain = email.partition("@")
        if not local or "." not in domain or " " in email:
            raise CellError("imports.why.email")
        return AgentRef("email", email, shown)
    if match == "id":
        if not text.isdigit():
            raise CellError("imports.why.agent_id")
        return AgentRef("id", text, shown)
    return AgentRef("name", text, shown or text)
