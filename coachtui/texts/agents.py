"""Texts of adding, changing and leaving agents, and of absence (dates only)."""

TEXTS = {
    # -- refusals ------------------------------------------------------------------------
    "agents.bad_date": ("{field} '{value}' is geen datum; schrijf die als JJJJ-MM-DD.",
                        "{field} '{value}' is not a date; write it as YYYY-MM-DD."),
    "agents.bad_cadence": ("Onbekend ritme '{value}'; kies uit: {known}.",
                           "Unknown cadence '{value}'; choose from: {known}."),
    "agents.name_missing": ("Een medewerker heeft een naam nodig.", "An agent needs a name."),
    "agents.bad_email": ("'{email}' is geen e-mailadres.",
                         "'{email}' is not an e-mail address."),
    "agents.unknown_team": (
        "Onbekend team '{team}' (bekend: {known}); voeg --new-team toe om een nieuw team "
        "te beginnen.",
        "Unknown team '{team}' (known: {known}); add --new-team to start a new team."),
    "agents.nothing_to_change": (
        "Er is niets te wijzigen; geef --name, --email, --team of --cadence.",
        "Nothing to change; give --name, --email, --team or --cadence."),
    "agents.leave_before_start": (
        "De vertrekdatum {on} ligt vóór de eerste werkdag van {name} ({start}).",
        "The date of leaving {on} is before {name}'s first day ({start})."),
    "absence.end_before_start": (
        "Een afwezigheid kan niet eindigen ({end}) voordat ze begint ({start}).",
        "An absence cannot end ({end}) before it starts ({start})."),
    "absence.overlap": (
        "De afwezigheid van {start} tot en met {end} overlapt met die van {other_start} "
        "tot en met {other_end}.",
        "The absence from {start} to {end} overlaps the one from {other_start} to "
        "{other_end}."),
    "absence.to_without_from": ("--to hoort bij --from; geef ook de eerste dag.",
                                "--to goes with --from; give the first day too."),
    # -- the command line ----------------------------------------------------------------
    "agents.added": ("{name} <{email}> toegevoegd aan team {team} (id {id}).",
                     "Added {name} <{email}> to team {team} (id {id})."),
    "agents.added_no_team": ("{name} <{email}> toegevoegd, zonder team (id {id}).",
                             "Added {name} <{email}>, without a team (id {id})."),
    "agents.changed": ("{name} <{email}>, team {team}, ritme {cadence}: opgeslagen.",
                       "{name} <{email}>, team {team}, cadence {cadence}: saved."),
    "agents.left": (
        "{name} is uit dienst per {on}: niet meer in het overzicht; de bewaartermijn van "
        "`privacy purge` loopt vanaf die dag.",
        "{name} leaves on {on}: gone from the overview; the retention period of "
        "`privacy purge` runs from that day."),
    "agents.left_on": ("uit dienst per {on}", "left on {on}"),
    "agents.cadence.monthly": ("maandelijks", "monthly"),
    "agents.cadence.biweekly": ("om de twee weken", "every two weeks"),
    "absence.recorded": ("Afwezigheid van {name} vastgelegd: {start} tot en met {end} "
                         "({days} dagen).",
                         "Recorded {name}'s absence: {start} to {end} ({days} days)."),
    "absence.none": ("Geen afwezigheid vastgelegd voor {name}.",
                     "No absence recorded for {name}."),
    "absence.list_title": ("Afwezigheid van {name} (alleen data):",
                           "Absence of {name} (dates only):"),
    "absence.list_row": ("  {start} tot en met {end}  ({days} dagen)",
                         "  {start} to {end}  ({days} days)"),
}
