"""Texts of the team overview and the agent page."""

TEXTS = {
    # -- palette areas and keys --------------------------------------------------------
    "team.palette": ("Team", "Team"),
    "agent.palette": ("Medewerker", "Agent"),
    "key.team.open": ("Openen", "Open"),
    "key.team.sort": ("Sorteren", "Sort"),
    "key.team.filter": ("Zoeken", "Filter"),
    "key.team.clear_filter": ("Wissen", "Clear filter"),
    "agent.early_talk": (
        "Het gesprek over {review} is al getekend. Nu alvast het gesprek over {month} "
        "beginnen?",
        "The talk about {review} is already signed. Start the talk about {month} early?"),
    "key.agent.start_talk": ("Gesprek", "Talk"),
    "key.agent.back": ("Terug", "Back"),
    "key.agent.notes": ("Notities", "Notes"),
    "key.agent.import": ("Cijfers", "Figures"),
    "key.agent.erase": ("Wissen", "Erase"),
    "key.agent.open_session": ("Openen", "Open"),
    # -- team overview -------------------------------------------------------------------
    "team.title": ("Team: maandgesprekken", "Team: monthly talks"),
    "team.summary": ("Gesprekken over {month}: {done} gedaan, {due} te doen, "
                     "{overdue} achterstallig",
                     "Talks about {month}: {done} done, {due} due, {overdue} overdue"),
    "team.col.name": ("Naam", "Name"),
    "team.col.team": ("Team", "Team"),
    "team.col.last_talk": ("Laatste gesprek", "Last talk"),
    "team.col.status": ("Status", "Status"),
    "team.col.off_target": ("Onder doel", "Off target"),
    "team.col.goals": ("Open doelen", "Open goals"),
    "team.col.draft": ("Concept", "Draft"),
    "team.sort_by": ("Sorteren: {by}", "Sort: {by}"),
    "team.sort.name": ("naam", "name"),
    "team.sort.status": ("status", "status"),
    "team.sort.off_target": ("onder doel", "off target"),
    "team.status.done": ("gedaan", "done"),
    "team.status.due": ("te doen", "due"),
    "team.status.overdue": ("achterstallig", "overdue"),
    "team.never": ("nog nooit", "never"),
    "team.off_target_cell": ("{off} van {of}", "{off} of {of}"),
    "team.no_figures": ("geen cijfers", "no figures"),
    "team.draft_step": ("stap {step}", "step {step}"),
    "team.draft_cell": ("{month}, stap {step}", "{month}, step {step}"),
    "team.filter_placeholder": ("Zoek op naam of team (Esc wist)",
                                "Filter by name or team (Esc clears)"),
    "team.no_match": ("Niemand past bij '{text}'. Esc wist het filter.",
                      "Nobody matches '{text}'. Press Esc to clear the filter."),
    "team.agent_view_only": (
        "Medewerkerweergave: alleen de eigen gegevens van de medewerker zijn te zien.",
        "Agent view: only the agent's own data is shown.",
    ),
    "team.agent_view_none": (
        "Medewerkerweergave staat aan: het teamoverzicht is verborgen.",
        "Agent view is on: the team overview is hidden.",
    ),
    # -- agent page ----------------------------------------------------------------------
    "agent.heading": ("{name} · {team}", "{name} · {team}"),
    "agent.review_line": ("Gesprek over {month}: {state}", "Talk about {month}: {state}"),
    "agent.talk_state.none": ("nog niet begonnen", "not started yet"),
    "agent.talk_state.draft": ("concept, bij stap {step}", "draft, at step {step}"),
    "agent.talk_state.signed": ("getekend op {date}", "signed on {date}"),
    "agent.continue_talk": ("Gesprek hervatten", "Continue talk"),
    "agent.figures_title": (
        {"by": "n",
         "one": "Cijfers, laatste {n} maand (oud → nieuw)",
         "other": "Cijfers, laatste {n} maanden (oud → nieuw)"},
        {"by": "n",
         "one": "Figures, last {n} month (old → new)",
         "other": "Figures, last {n} months (old → new)"}),
    "agent.col.metric": ("Cijfer", "Metric"),
    "agent.col.trend": ("Verloop", "Trend"),
    "agent.col.value": ("{month}", "{month}"),
    "agent.col.target": ("Doel", "Target"),
    "agent.legend": ("┈ = doel · · = ontbreekt · boven de lijn = boven het doel",
                     "┈ = target · · = missing · above the line = above the target"),
    "agent.lower_is_better": ("lager is beter", "lower is better"),
    "agent.no_figures": (
        "Nog geen cijfers voor deze medewerker. Importeer ze met "
        "`coachtui import csv BESTAND --profile NAAM`, of haal een maand op met "
        "`coachtui import zendesk` of `coachtui import helpscout`.",
        "No figures for this agent yet. Import them with "
        "`coachtui import csv FILE --profile NAME`, or fetch a month with "
        "`coachtui import zendesk` or `coachtui import helpscout`.",
    ),
    "agent.missing_month": (
        "Cijfers over {month} ontbreken voor: {metrics}. Importeer ze met "
        "`coachtui import csv BESTAND --profile NAAM --month {month}`.",
        "Figures for {month} are missing for: {metrics}. Import them with "
        "`coachtui import csv FILE --profile NAME --month {month}`.",
    ),
    "agent.smileys": (
        "Klantwaarderingen {month}: rood {red} · geel {yellow} · groen {green} "
        "({share} groen)",
        "Customer ratings {month}: red {red} · yellow {yellow} · green {green} "
        "({share} green)",
    ),
    "agent.smileys_missing": ("Klantwaarderingen {month}: ontbreken",
                              "Customer ratings {month}: missing"),
    "agent.sessions_title": ("Gesprekken (Enter opent)", "Talks (Enter opens)"),
    "agent.col.month": ("Maand", "Month"),
    "agent.col.kind": ("Soort", "Kind"),
    "agent.col.held_on": ("Gehouden", "Held on"),
    "agent.col.session_status": ("Status", "Status"),
    "agent.no_sessions": ("Nog geen gesprekken.", "No talks yet."),
    "agent.goals_title": ("Open doelen", "Open goals"),
    "agent.no_goals": ("Geen open doelen.", "No open goals."),
    "agent.goal_line": ("{what} (deadline {deadline})", "{what} (deadline {deadline})"),
    "agent.notes_title": ("Notities sinds het laatste gesprek", "Notes since the last talk"),
    "agent.no_notes": ("Geen notities sinds het laatste gesprek.",
                       "No notes since the last talk."),
    "agent.private": ("privé", "private"),
    "agent.rq": (
        "Relatiequotiënt (geobserveerde contacten sinds het laatste gesprek): {share} "
        "({good} van {observed} versterkt of behouden)",
        "Relation quotient (observed contacts since the last talk): {share} "
        "({good} of {observed} strengthened or kept)",
    ),
    "agent.rq_none": ("Relatiequotiënt: nog geen geobserveerde contacten sinds het laatste "
                      "gesprek.",
                      "Relation quotient: no observed contacts since the last talk yet."),
    "agent.unknown": ("Deze medewerker bestaat niet (meer).", "This agent no longer exists."),
}
