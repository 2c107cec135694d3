"""Footer labels in the current language: a binding with id `x.y` shows text `key.x.y`."""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from coachtui.texts import has_text, tr


def relabel(node: DOMNode, lang: str) -> None:
    """Give every binding of `node` that has an id the description (`key.<id>`) and the
    tooltip (`tip.<id>`) for that id in `lang`."""
    bindings_map = node._bindings  # the map Textual builds from BINDINGS at init
    for key, bindings in bindings_map.key_to_bindings.items():
        relabelled = []
        for b in bindings:
            changes = {}
            if b.id and has_text(f"key.{b.id}"):
                changes["description"] = tr(f"key.{b.id}", lang)
            if b.id and has_text(f"tip.{b.id}"):
                changes["tooltip"] = tr(f"tip.{b.id}", lang)
            relabelled.append(dataclasses.replace(b, **changes) if changes else b)
        bindings_map.key_to_bindings[key] = relabelled


def relabel_tree(root: DOMNode, lang: str) -> None:
    """Relabel `root` and every node below it that declares bindings."""
    relabel(root, lang)
    for node in root.walk_children(with_self=False):
        if node._bindings.key_to_bindings:
            relabel(node, lang)


def label(binding_id: str, lang: str, default: str) -> str:
    """The footer label of a binding id in `lang`."""
    key = f"key.{binding_id}"
    return tr(key, lang) if has_text(key) else default


def palette_words(binding_id: str, lang: str, default: str) -> tuple[str, str]:
    """The command palette's title and help line for a binding id in `lang`: the full
    title where the footer's label is cut short, and the tip (else the title again)."""
    title = (tr(f"palette.{binding_id}", lang) if has_text(f"palette.{binding_id}")
             else label(binding_id, lang, default))
    tip = tr(f"tip.{binding_id}", lang) if has_text(f"tip.{binding_id}") else title
    return title, tip
