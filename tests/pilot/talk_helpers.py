"""Key sequences shared by the talk pilot tests."""

from __future__ import annotations

import unicodedata

from textual import events
from textual.pilot import Pilot

MOHAMMED = 2  # demo agent whose October talk is still to be held


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a person would (one `press` call: each key is still
    handled before the next, without a pause of the test's own between them)."""
    await pilot.press(*(char if char != " " else "space" for char in text))


async def open_talk_from_team(pilot: Pilot, name_part: str) -> None:
    """From the team overview: filter by name, open the agent, start the talk."""
    await pilot.press("slash")
    await type_text(pilot, name_part)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()


def key_event(key: str) -> events.Key:
    """The Key event a terminal sends for `key` (a character or a key name)."""
    if len(key) == 1:
        if key == " ":
            return events.Key("space", " ")
        if key.isalnum():
            return events.Key(key, key)
        name = unicodedata.name(key).lower().replace(" ", "_").replace("-", "_")
        return events.Key(name, key)
    return events.Key(key, None)


async def burst(pilot: Pilot, *keys: str) -> None:
    """Send keys the way a fast typist or a paste does: all queued before any is handled.

    `pilot.press` waits for the app to go idle after every key, which hides every bug
    where a key is routed before the previous key's effect (a step change, a new field)
    has happened. Each argument is a key name, or a text typed character by character.
    """
    app = pilot.app
    for item in keys:
        for key in ([item] if len(item) == 1 or item in _NAMES or "+" in item else item):
            app.post_message(key_event(key))
    await pilot.pause()
    await pilot.pause()


_NAMES = {"tab", "shift+tab", "pagedown", "pageup", "enter", "escape", "space", "backspace",
          "delete", "home", "end", "f6", "f7"}


def footer_label(app, binding_id: str) -> str:
    """The label the footer gives an active key (by its binding id)."""
    for active in app.active_bindings.values():
        if active.binding.id == binding_id:
            return active.binding.description
    raise AssertionError(f"{binding_id} is not active")


def footer_tooltip(app, binding_id: str) -> str:
    """The footer tooltip of an active key (the agent page's full footer may show a key
    by its letter alone; its tooltip always speaks the language)."""
    for active in app.active_bindings.values():
        if active.binding.id == binding_id:
            return active.binding.tooltip
    raise AssertionError(f"{binding_id} is not active")
