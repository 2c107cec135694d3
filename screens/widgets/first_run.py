"""What an empty journal's team screen says: how to begin, key by key (never the demo)."""

from __future__ import annotations

from coachtui.texts import tr


def first_run_text(lang: str, *, can_add_agent: bool) -> str:
    """The welcome and the keys that start a real team: add an agent (when the team screen
    has that action), import a team and figures, open the settings."""
    lines = [tr("first_run.title", lang), ""]
    if can_add_agent:
        lines.append(tr("first_run.add_agent", lang))
    lines += [tr("first_run.import", lang), tr("first_run.settings", lang)]
    return "\n".join(lines)
