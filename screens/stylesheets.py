"""Where the screens' `.tcss` files are: found through `importlib.resources`, never `../`."""

from __future__ import annotations

from importlib import resources


def stylesheet(name: str, package: str = "coachtui.screens") -> str:
    """The path of the stylesheet `name` shipped in `package` (a screen's CSS_PATH)."""
    return str(resources.files(package) / name)
