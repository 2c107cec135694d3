"""The baseline for bench/first_paint.py: a bare Textual app with a Header, a Label, a Footer.

    python bench/bare_app.py     (shows BARE-APP-READY once painted; ctrl+q quits)
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Label

MARKER = "BARE-APP-READY"


class BareApp(App[None]):
    """The least a Textual app can paint: what coachtui's first screen is compared with."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Label(MARKER)
        yield Footer()


if __name__ == "__main__":
    BareApp().run()
