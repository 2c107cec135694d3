"""The quick-note popup: jot down a remark about an agent in a few seconds, from anywhere.

Flow with the current agent preselected: type the note, Tab, press a factor digit and a
rating key, Enter. The same `+wow` tags as on the command line work inside the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, Static

from coachtui.errors import UserError
from coachtui.folding import fold
from coachtui.model import Agent, Channel, Note, Rating, Relation
from coachtui.note_tags import normalise
from coachtui.screens.binding_labels import LabelledScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.confirm import Confirm
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import agents
from coachtui.services.catalogue import active_factors
from coachtui.services.notes import HealthWordsError, add_quick_note
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import Factor
    from coachtui.services import Journal

MAX_SHOWN = 4
CHANNEL_KEYS = {"p": Channel.PHONE, "e": Channel.EMAIL, "c": Channel.CHAT}
RELATION_KEYS = {"s": Relation.STRENGTHENED, "k": Relation.KEPT, "w": Relation.WEAKENED}
RATING_KEYS = {"plus": Rating.PLUS, "equals_sign": Rating.MIXED, "tilde": Rating.MIXED,
               "minus": Rating.MINUS}


def rank_agents(query: str, agents: list[Agent]) -> list[Agent]:
    """Agents matching `query`, best first: name starts with it, a word starts with it,
    it occurs in name or e-mail, or its letters occur in order (`sdv` -> Sanne de Vries);
    case and accents do not count (`ayse` -> Ayşe)."""
    wanted = fold(query.strip())
    if not wanted:
        return list(agents)
    squeezed = normalise(wanted)
    ranked: list[tuple[int, str, Agent]] = []
    for agent in agents:
        name = fold(agent.name)
        if name.startswith(wanted):
            rank = 0
        elif any(word.startswith(wanted) for word in name.split()):
            rank = 1
        elif wanted in name or wanted in fold(agent.email):
            rank = 2
        elif squeezed and _in_order(squeezed, normalise(name)):
            rank = 3
        else:
            continue
        ranked.append((rank, name, agent))
    return [agent for _, _, agent in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _in_order(letters: str, text: str) -> bool:
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if not position:
            return False
    return True


class NoteChoices(Widget, can_focus=True):
    """Factor, rating, channel, relation and private flag, each set with one key."""

    BINDINGS = [
        Binding("1", "factor(1)", "Factor", key_display="1-7", id="qn.factor"),
        *[Binding(str(n), f"factor({n})", show=False) for n in range(2, 10)],
        Binding("0", "factor(0)", show=False),
        Binding("plus", "rating('+')", "Rating", key_display="+ = -", id="qn.rating"),
        Binding("equals_sign,tilde", "rating('+/-')", show=False),
        Binding("minus", "rating('-')", show=False),
        Binding("p", "channel('phone')", "Channel", key_display="p e c", id="qn.channel"),
        Binding("e", "channel('email')", show=False),
        Binding("c", "channel('chat')", show=False),
        Binding("s", "relation('strengthened')", "Relation", key_display="s k w",
                id="qn.relation"),
        Binding("k", "relation('kept')", show=False),
        Binding("w", "relation('weakened')", show=False),
        Binding("x", "private", "Private", id="qn.private"),
    ]

    def __init__(self, factors: list[Factor], lang: str, *, allow_private: bool,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.factors = factors
        self.lang = lang
        self.allow_private = allow_private
        self.factor: str | None = None
        self.rating: Rating | None = None
        self.channel: Channel | None = None
        self.relation: Relation | None = None
        self.private = False

    def render(self) -> Text:
        lang = self.lang
        text = Text()
        title = f"{tr('qn.factor', lang)}: "
        text.append(title, style="bold")
        width, used = max(self.size.width, 40), len(title)
        for number, factor in enumerate(self.factors, start=1):
            item = f"{number} {factor.label(lang)}"
            if used + len(item) > width:  # break between factors, never inside a label
                text.append("\n" + " " * len(title))
                used = len(title)
            text.append(item, style="reverse bold" if factor.key == self.factor else "")
            text.append("  ")
            used += len(item) + 2
        text.append("\n")
        self._choice(text, tr("qn.rating", lang),
                     [("", r.value, r) for r in Rating], self.rating)
        self._choice(text, tr("qn.channel", lang),
                     [(k, tr(f"channel.{c.value}", lang), c) for k, c in CHANNEL_KEYS.items()],
                     self.channel)
        text.append("\n")
        self._choice(text, tr("qn.relation", lang),
                     [(k, tr(f"qn.relation.{r.value}", lang), r)
                      for k, r in RELATION_KEYS.items()], self.relation)
        if self.allow_private:
            yes = tr("qn.yes", lang) if self.private else tr("qn.no", lang)
            self._choice(text, tr("qn.private", lang), [("x", yes, True)], self.private)
        return text

    @staticmethod
    def _choice(text: Text, title: str, options: list[tuple[str, str, object]],
                value: object) -> None:
        text.append(f"{title}: ", style="bold")
        for key, label, option in options:
            if key:
                text.append(f"{key}\u00a0", style="bold")
            text.append(f"{label}", style="reverse bold" if option == value else "dim")
            text.append("  ")
        text.append("   ")

    def action_factor(self, number: int) -> None:
        """Pick the factor with this number (0 = no factor; pressing it again clears)."""
        if number == 0 or number > len(self.factors):
            self.factor = None if number == 0 else self.factor
        else:
            key = self.factors[number - 1].key
            self.factor = None if self.factor == key else key
        self.refresh()

    def action_rating(self, value: str) -> None:
        """Set the rating; the same key again clears it."""
        rating = Rating(value)
        self.rating = None if self.rating is rating else rating
        self.refresh()

    def action_channel(self, value: str) -> None:
        """Set the contact's channel; the same key again clears it."""
        channel = Channel(value)
        self.channel = None if self.channel is channel else channel
        self.refresh()

    def action_relation(self, value: str) -> None:
        """Set the QM verdict on the relationship; the same key again clears it."""
        relation = Relation(value)
        self.relation = None if self.relation is relation else relation
        self.refresh()

    def action_private(self) -> None:
        """Toggle manager-only (not offered while the agent reads along)."""
        if self.allow_private:
            self.private = not self.private
            self.refresh()


class QuickNoteScreen(LabelledScreen["Note | None"], ModalScreen["Note | None"]):
    """Write a note about an agent; dismisses with the saved Note, or None when discarded."""

    CSS_PATH = stylesheet("quick_note.tcss")
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="qn.save", priority=True),
        Binding("escape", "cancel", "Close", id="qn.cancel", priority=True),
        Binding("enter", "save", "Save", id="qn.save_enter", show=False),
        Binding("tab", "app.focus_next", "Next field", id="qn.next"),
    ]

    def __init__(self, journal: Journal, lang: str, agent_id: int | None = None,
                 agent_view: bool = False) -> None:
        super().__init__()
        self.journal = journal
        self.lang = lang
        self.agent_view = agent_view
        self.factors = active_factors(journal)
        preset = agents.agent(journal, agent_id) if agent_id is not None else None
        if agent_view:  # the agent reads along: never list other agents' names
            self.agents = [preset] if preset else []
        else:
            self.agents = agents.list_agents(journal, active_only=True)
            if preset and preset.id not in {a.id for a in self.agents}:
                self.agents.append(preset)
        self.matches: list[Agent] = [preset] if preset else []
        self.selected = 0
        self.preset = preset

    # -- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="qn-box"):
            yield Label(tr("qn.title", lang), id="qn-title")
            with Horizontal(classes="qn-row"):
                yield Label(tr("qn.agent", lang), classes="qn-label")
                yield Input(self.preset.name if self.preset else "", id="qn-agent",
                            placeholder=tr("qn.agent_placeholder", lang),
                            disabled=self.agent_view, select_on_focus=True)
            yield Static(id="qn-matches")
            with Horizontal(classes="qn-row"):
                yield Label(tr("qn.text", lang), classes="qn-label")
                yield Input(id="qn-text", placeholder=tr("qn.text_placeholder", lang))
            yield NoteChoices(self.factors, lang, allow_private=not self.agent_view,
                              id="qn-choices")
            with Horizontal(classes="qn-row"):
                yield Label(tr("qn.ref", lang), classes="qn-label")
                yield Input(id="qn-ref", placeholder=tr("qn.ref_placeholder", lang))
            yield Static(tr("qn.keys_help", lang), id="qn-help")
            yield Static(id="qn-message")
        yield Footer()

    def on_mount(self) -> None:
        self._show_matches()
        self.query_one("#qn-text" if self.preset else "#qn-agent", Input).focus()

    # -- agent search --------------------------------------------------------------------
    @on(Input.Changed, "#qn-agent")
    def _agent_typed(self, event: Input.Changed) -> None:
        self.matches = rank_agents(event.value, self.agents)
        self.selected = 0
        self._show_matches()

    def _show_matches(self) -> None:
        line = Text()
        if not self.matches:
            line.append(tr("qn.no_agent", self.lang), style="bold red")
        for index, agent in enumerate(self.matches[:MAX_SHOWN]):
            style = "reverse bold" if index == self.selected else "dim"
            line.append(f" {agent.name} ", style=style)
            line.append(" ")
        if len(self.matches) > MAX_SHOWN:
            line.append(f"+{len(self.matches) - MAX_SHOWN}", style="dim")
        self.query_one("#qn-matches", Static).update(line)

    def on_key(self, event: Key) -> None:
        if self.focused is not self.query_one("#qn-agent") or not self.matches:
            return
        step = {"down": 1, "up": -1}.get(event.key)
        if step:
            event.stop()
            self.selected = (self.selected + step) % min(len(self.matches), MAX_SHOWN)
            self._show_matches()

    @property
    def agent(self) -> Agent | None:
        """The agent the note is about: the highlighted match."""
        return self.matches[self.selected] if self.matches else None

    # -- saving and leaving --------------------------------------------------------------
    @on(Input.Submitted, "#qn-agent")
    def _agent_done(self) -> None:
        self.query_one("#qn-text", Input).focus()

    @on(Input.Submitted, "#qn-text, #qn-ref")
    def _submitted(self) -> None:
        self.action_save()

    def on_descendant_focus(self) -> None:
        self._say("")

    def _say(self, message: str) -> None:
        # A refusal may quote what was typed (a tag, a name): shown as typed.
        self.query_one("#qn-message", Static).update(plain(message))

    def _add(self, *, force: bool) -> Note:
        """Save the note as typed through the notes service (which owns the rules: the tag
        in the text, one rated factor, the health guard); a UserError when it cannot."""
        choices = self.query_one(NoteChoices)
        agent = self.agent
        if agent is None or agent.id is None:
            raise UserError("qn.need_agent")
        return add_quick_note(
            self.journal, agent.id, self.query_one("#qn-text", Input).value,
            factor=choices.factor, rating=choices.rating,
            private=choices.private and not self.agent_view,
            channel=choices.channel, relation=choices.relation,
            ref=self.query_one("#qn-ref", Input).value, force=force)

    def action_save(self) -> None:
        """Save the note and close; text that looks like health information asks first."""
        self._save(force=False)

    def _save(self, *, force: bool) -> None:
        try:
            saved = self._add(force=force)
        except HealthWordsError as exc:
            question = tr("qn.medical_question", self.lang, words=", ".join(exc.words))

            def answered(save: bool | None) -> None:
                if save:
                    self._save(force=True)

            self.app.push_screen(Confirm(question, tr("qn.confirm_answers", self.lang)),
                                 callback=answered)
            return
        except UserError as exc:  # an unknown tag, an empty note, a rating without factor
            self._say(exc.text(self.lang))
            return
        self.dismiss(saved)

    def action_cancel(self) -> None:
        """Close; asks first when a note was typed, so nothing is lost by accident."""
        typed = self.query_one("#qn-text", Input).value.strip()
        if not typed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(Confirm(tr("qn.discard_question", self.lang),
                                     tr("qn.discard_hint", self.lang)), callback=answered)
