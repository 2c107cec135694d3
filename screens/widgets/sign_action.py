"""Ctrl+S on the talk: check what is missing, ask once, then sign through the service.

Hard gaps refuse with the reasons (the checklist on the wrap-up shows them too). Soft gaps
turn the usual "sign?" question into "sign with these open?"; a yes is the confirmation
the change log keeps. Nothing here writes the journal itself: `services.signing` does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from textual.widgets import Input

from coachtui.errors import NotFoundError, UserError
from coachtui.screens.widgets.signing_checklist import SigningChecklist
from coachtui.services import signing

if TYPE_CHECKING:
    from textual.app import App

    from coachtui.screens.talk import TalkScreen
    from coachtui.services import Journal


def manager_signature_prefill(app: App[Any], journal: Journal) -> str:
    """The name the manager's signature field starts with in a new draft: the lead's name
    from the settings (`lead.name`), else the one kept in the journal, else empty. It stays
    editable per talk; what is typed there is saved with the talk."""
    settings = getattr(app, "settings", None)  # the CoachApp's; a bare test app has none
    lead = getattr(settings, "lead_name", None)
    return lead or journal.meta("manager_name") or ""


def sign_talk(screen: TalkScreen, after: Callable[[], Awaitable[None]]) -> None:
    """Both names typed -> checklist -> one question -> signed; `after` rebuilds the talk."""
    from coachtui.screens.widgets.confirm import Confirm

    manager = screen.query_one("#sign-manager", Input).value.strip()
    agent = screen.query_one("#sign-agent", Input).value.strip()
    if not manager or not agent:
        screen.notify(screen.tr("wrap.need_names"), severity="warning", markup=False)
        return
    shown = screen.query(SigningChecklist)
    found = shown.first().reload() if shown else signing.checklist(screen.journal,
                                                                    screen.session_id)
    if found.hard:
        refused = signing.SigningRefused("signing.refused_hard", found.hard)
        screen.notify(refused.text(screen.lang), severity="error", timeout=10, markup=False)
        return
    soft = found.soft
    question = screen.tr("wrap.confirm_sign")
    if soft:  # the list may be scrolled away behind the question: name each item in it
        items = "\n".join(f"! {gap.text(screen.lang)}" for gap in soft)
        question = f"{screen.tr('signing.confirm_soft', count=len(soft))}\n{items}"

    async def answer(yes: bool | None) -> None:
        if not yes:
            return
        try:
            signing.sign(screen.journal, screen.session_id, manager=manager, agent=agent,
                         confirmed_soft=bool(soft), seen=soft)
        except NotFoundError:  # erased or deleted in another window meanwhile
            screen.close_gone()
            return
        except UserError as exc:
            screen.notify(exc.text(screen.lang), severity="error", timeout=10, markup=False)
            if shown:
                shown.first().reload()
            return
        screen.notify(screen.tr("wrap.signed_now"), markup=False)
        await after()

    screen.app.push_screen(Confirm(question, f"{screen.tr('app.confirm.yes')}   "
                                             f"{screen.tr('app.confirm.no')}"),
                           callback=answer)
