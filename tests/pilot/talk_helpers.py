"""Key sequences shared by the talk pilot tests."""

from __future__ import annotations

from textual.pilot import Pilot

MOHAMMED = 2  # demo agent whose October talk is still to be held


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a person would."""
    for char in text:
        await pilot.press(char if char != " " else "space")


async def open_talk_from_team(pilot: Pilot, name_part: str) -> None:
    """From the team overview: filter by name, open the agent, start the talk."""
    await pilot.press("slash")
    await type_text(pilot, name_part)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
