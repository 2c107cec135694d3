"""Footer labels and palette words in the current language: a binding with id `x.y` shows
the text `key.x.y`, its tooltip is `tip.x.y` and its palette title `palette.x.y`.

Bindings stay as declared (English, in BINDINGS). What changes is what a screen *reports*
through Textual's public `Screen.active_bindings`, which the Footer and the keys panel
read: each active binding is reported with its label in the current language. Nothing
of Textual's own binding maps is rewritten. `tests/pilot/test_footer_fits.py` checks the
rendered footer, so a Textual release whose footer stops reading `active_bindings` fails
loudly there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TypeVar

from textual.binding import ActiveBinding, Binding
from textual.screen import Screen

from coachtui.texts import has_text, tr

# A screen's own label for a binding id (e.g. "Sort: status"), or None for the usual text.
Describe = Callable[[str], "str | None"]


def label(binding_id: str, lang: str, default: str) -> str:
    """The footer label of a binding id in `lang`."""
    key = f"key.{binding_id}"
    return tr(key, lang) if has_text(key) else default


def tooltip(binding_id: str, lang: str, default: str) -> str:
    """The help line of a binding id in `lang` (footer hover, palette)."""
    key = f"tip.{binding_id}"
    return tr(key, lang) if has_text(key) else default


def in_language(binding: Binding, lang: str, describe: Describe | None = None) -> Binding:
    """`binding` with its description and tooltip in `lang` (itself if it has no id)."""
    if not binding.id:
        return binding
    own = describe(binding.id) if describe is not None else None
    description = own if own is not None else label(binding.id, lang, binding.description)
    tip = tooltip(binding.id, lang, binding.tooltip)
    group = binding.group
    if group is not None and has_text(f"group.{group.description}"):  # a footer group's words
        group = Binding.Group(tr(f"group.{group.description}", lang), compact=group.compact)
    if description == binding.description and tip == binding.tooltip and group is binding.group:
        return binding
    return dataclasses.replace(binding, description=description, tooltip=tip, group=group)


def labelled(active: Mapping[str, ActiveBinding], lang: str,
             describe: Describe | None = None) -> dict[str, ActiveBinding]:
    """Textual's active bindings, each reported with its label and tooltip in `lang`.

    Meant for a screen's `active_bindings` property:
    `return labelled(super().active_bindings, lang, self.describe_binding)`.
    """
    result = {}
    for key, item in active.items():
        binding = in_language(item.binding, lang, describe)
        tip = binding.tooltip if item.tooltip == item.binding.tooltip else item.tooltip
        result[key] = ActiveBinding(item.node, binding, item.enabled, tip)
    return result


ResultT = TypeVar("ResultT")


class LabelledScreen(Screen[ResultT]):
    """A screen whose footer (and keys panel) shows every key in the app's language.

    A subclass that words a key by its state ("Sort: status") overrides `describe_binding`
    and calls `refresh_bindings()` when the state changes. Mix in before a ModalScreen:
    `class Popup(LabelledScreen[T], ModalScreen[T])`.
    """

    def describe_binding(self, binding_id: str) -> str | None:
        """This screen's own label for `binding_id` now, or None for its usual text."""
        return None

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's active bindings, labelled in the app's language."""
        lang = str(getattr(self.app, "lang", "en"))
        return labelled(super().active_bindings, lang, self.describe_binding)


def palette_words(binding_id: str, lang: str, default: str) -> tuple[str, str]:
    """The command palette's title and help line for a binding id in `lang`: the full
    title where the footer's label is cut short, and the tip (else the title again)."""
    title = (tr(f"palette.{binding_id}", lang) if has_text(f"palette.{binding_id}")
             else label(binding_id, lang, default))
    return title, tooltip(binding_id, lang, title)
