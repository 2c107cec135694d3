"""Footer labels and palette words in the current language: a binding with id `x.y` shows
the text `key.x.y`, its tooltip is `tip.x.y` and its palette title `palette.x.y`.

Bindings stay as declared (English, in BINDINGS). What changes is what a screen *reports*
through Textual's public `Screen.active_bindings`, which the Footer and the keys panel
read: each active binding is reported with its label in the current language. Nothing
of Textual's own binding maps is rewritten. `tests/pilot/test_footer_fits.py` checks the
rendered footer, so a Textual release whose footer stops reading `active_bindings` fails
loudly there.

The footer also fits the terminal (`fit_footer`): at 120 columns every key shows with its
label; on a narrower terminal the app-wide keys (quit, note, language...) first lose their
labels and then their place, then the screen's own keys lose their labels from the right.
A key the screen names essential (F2 while the agent reads along) always keeps its label.
Every key still works, and the palette (always shown) lists them all with full titles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from itertools import groupby
from typing import TypeVar

from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer

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


@dataclasses.dataclass(frozen=True)
class FooterSpace:
    """What the footer has room for: the terminal's width, Textual's footer style
    (compact or not) and how a key is displayed (`App.get_key_display`)."""

    width: int
    compact: bool
    key_display: Callable[[Binding], str]
    palette_key: str | None = None  # the palette's key, shown at the right end

    def key_width(self, binding: Binding) -> int:
        """Columns one key takes in Textual's footer (key, label, padding, margin); the
        palette key's border takes the place of its padding or margin."""
        key = cell_len(self.key_display(binding))
        label = cell_len(binding.description)
        if self.compact:  # "^q Quit" and a margin of one
            return key + (label + 1 if label else 0) + 1
        return key + 2 + (label + 1 if label else 0)  # " ^q " then "Quit "

    def group_width(self, group: Binding.Group, bindings: list[Binding]) -> int:
        """Columns a group of neighbouring keys takes: the keys side by side (compact
        group) or each with its padding, then the group's one label."""
        keys = sum(cell_len(self.key_display(b)) + (0 if group.compact else 2)
                   for b in bindings)
        return 1 + keys + 1 + cell_len(group.description) + 1


def _footer_width(shown: Mapping[str, ActiveBinding], space: FooterSpace) -> int:
    width = 0
    first: dict[str, Binding] = {}  # the footer shows one key per action, the first
    for key, item in shown.items():
        binding = item.binding
        if key == space.palette_key:
            width += space.key_width(binding)
        elif binding.show:
            first.setdefault(binding.action, binding)
    # neighbours in one group share a label: " ebL Details " rather than a label each
    for group, members in groupby(first.values(), key=lambda b: b.group):
        keys = list(members)
        if group is None or len(keys) == 1:
            width += sum(space.key_width(b) for b in keys)
        else:
            width += space.group_width(group, keys)
    return width


def fit_footer(active: Mapping[str, ActiveBinding], space: FooterSpace,
               app_node: object, essential: Collection[str] = ()) -> dict[str, ActiveBinding]:
    """`active` as the footer should show it in `space.width` columns: unchanged when it
    fits; else, one key at a time from the right, the app's keys (bound on `app_node`)
    lose their labels, then their place, then the screen's keys lose their labels, then
    (last resort) their place, until it fits; the command palette still lists every key.
    Keys whose binding id is in `essential` are never touched."""
    result = dict(active)
    if _footer_width(result, space) <= space.width:
        return result
    # Textual's wide footer draws a key without a label without any padding ("f2f3"):
    # a blank label keeps the keys apart there.
    key_only = "" if space.compact else " "

    def candidates(app_keys: bool) -> list[str]:
        return [key for key, item in reversed(result.items())
                if item.binding.show and key != space.palette_key
                and (item.node is app_node) == app_keys
                and item.binding.id not in essential]

    def change(key: str, *, hide: bool) -> bool:
        item = result[key]
        binding = (dataclasses.replace(item.binding, show=False) if hide
                   else dataclasses.replace(item.binding, description=key_only))
        result[key] = ActiveBinding(item.node, binding, item.enabled,
                                    item.tooltip or item.binding.description)
        return _footer_width(result, space) <= space.width

    for key in candidates(app_keys=True):
        if change(key, hide=False):
            return result
    for key in candidates(app_keys=True):
        if change(key, hide=True):
            return result
    for key in candidates(app_keys=False):
        if change(key, hide=False):
            return result
    # last resort: the palette still lists them; the way back (escape) goes last
    for key in sorted(candidates(app_keys=False), key=lambda k: k == "escape"):
        if change(key, hide=True):
            return result
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

    def footer_essentials(self) -> Collection[str]:
        """Binding ids whose key and label the footer keeps however narrow it is."""
        return ()

    def labelled_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's active bindings, labelled in the app's language (not yet fitted)."""
        lang = str(getattr(self.app, "lang", "en"))
        return labelled(super().active_bindings, lang, self.describe_binding)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's active bindings, labelled in the app's language and fitted to the
        terminal's width (see `fit_footer`)."""
        app = self.app
        footers = list(self.query(Footer).results(Footer))
        palette = (app.COMMAND_PALETTE_BINDING
                   if app.ENABLE_COMMAND_PALETTE and all(f.show_command_palette for f in footers)
                   else None)
        # the footer's own width once laid out (a border in agent view takes two columns)
        width = footers[0].size.width if footers and footers[0].size.width else app.size.width
        space = FooterSpace(width=width - 1,  # one column spare: never under the edge
                            compact=bool(footers) and footers[0].compact,
                            key_display=app.get_key_display, palette_key=palette)
        return fit_footer(self.labelled_bindings(), space, app, self.footer_essentials())

    def on_resize(self, _event: Resize) -> None:
        # the footer reads `active_bindings` again, fitted to the new width
        self.refresh_bindings()


def palette_words(binding_id: str, lang: str, default: str) -> tuple[str, str]:
    """The command palette's title and help line for a binding id in `lang`: the full
    title where the footer's label is cut short, and the tip (else the title again)."""
    title = (tr(f"palette.{binding_id}", lang) if has_text(f"palette.{binding_id}")
             else label(binding_id, lang, default))
    return title, tooltip(binding_id, lang, title)
