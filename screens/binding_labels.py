"""Footer labels in the current language: a binding with id `x.y` shows text `key.x.y`."""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from coachtui.texts import all_keys, tr


def relabel(node: DOMNode, lang: str) -> None:
    """Give every binding of `node` that has an id the description for that id in `lang`."""
    texts = all_keys()
    bindings_map = node._bindings  # the map Textual builds from BINDINGS at init
    for key, bindings in bindings_map.key_to_bindings.items():
        bindings_map.key_to_bindings[key] = [
            dataclasses.replace(b, description=tr(f"key.{b.id}", lang))
            if b.id and f"key.{b.id}" in texts else b
            for b in bindings
        ]


def relabel_tree(root: DOMNode, lang: str) -> None:
    """Relabel `root` and every node below it that declares bindings."""
    relabel(root, lang)
    for node in root.walk_children(with_self=False):
        if node._bindings.key_to_bindings:
            relabel(node, lang)


def label(binding_id: str, lang: str, default: str) -> str:
    """The footer/palette label of a binding id in `lang`."""
    key = f"key.{binding_id}"
    return tr(key, lang) if key in all_keys() else default
