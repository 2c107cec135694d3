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
                         "({days}).",
                         "Recorded {name}'s absence: {start} to {end} ({days})."),
    "absence.none": ("Geen afwezigheid vastgelegd voor {name}.",
                     "No absence recorded for {name}."),
    "absence.list_title": ("Afwezigheid van {name} (alleen data):",
                           "Absence of {name} (dates only):"),
    "absence.list_row": ("  {start} tot en met {end}  ({days})",
                         "  {start} to {end}  ({days})"),
    # -- team screen: add an agent, show the agents who left ------------------------------
    "key.team.add_agent": ("Nieuw", "Add agent"),
    "palette.team.add_agent": ("Medewerker toevoegen", "Add agent"),
    "tip.team.add_agent": ("Een medewerker met de hand toevoegen: naam, e-mail, team, "
                           "eerste werkdag",
                           "Add an agent by hand: name, e-mail, team, first day"),
    "key.team.show_left": ("Gestopt", "Left"),
    "palette.team.show_left": ("Vertrokken medewerkers tonen of verbergen",
                               "Show or hide agents who left"),
    "tip.team.show_left": ("Medewerkers die uit dienst zijn tonen (met hun datum) of verbergen",
                           "Show the agents who left (with their date), or hide them"),
    "team.show_left": ("Gestopt", "Show left"),
    "team.hide_left": ("Verberg", "Hide left"),
    "team.left_on": ("uit dienst {on}", "left {on}"),
    "team.add_agent_view": ("Niet in de medewerkerweergave: zet die eerst uit (F2).",
                            "Not in agent view: leave it first (F2)."),
    "team.agent_added": ("{name} is toegevoegd.", "{name} was added."),
    # -- agent page: edit, leave, absence -------------------------------------------------
    "key.agent.edit": ("Wijzigen", "Edit"),
    "palette.agent.edit": ("Medewerker wijzigen", "Edit agent"),
    "tip.agent.edit": ("Naam, e-mail, team of gespreksritme wijzigen",
                       "Change the name, e-mail, team or how often you talk"),
    "key.agent.leave": ("Vertrek", "Leave"),
    "palette.agent.leave": ("Uit dienst melden", "Record leaving"),
    "tip.agent.leave": ("De datum vastleggen waarop de medewerker uit dienst gaat",
                        "Record the date the agent leaves"),
    "key.agent.absence": ("Afwezig", "Absence"),
    "palette.agent.absence": ("Afwezigheid vastleggen", "Record absence"),
    "tip.agent.absence": ("Een afwezigheid vastleggen: alleen van en tot, nooit een reden",
                          "Record an absence: from and to only, never a reason"),
    "group.agent.details": ("Gegevens", "Details"),
    "group.agent.goal_keys": ("Doelen", "Goals"),
    "group.agent.quality": ("Kwaliteit", "Quality"),
    "agents.saved": ("{name}: opgeslagen.", "{name}: saved."),
    "agents.left_page": (
        "{name} is uit dienst per {on} en staat niet meer in het teamoverzicht (toets l "
        "daar toont vertrokken medewerkers).",
        "{name} leaves on {on} and is no longer in the team overview (l there shows the "
        "agents who left)."),
    "absence.gone": ("Die afwezigheid ({id}) bestaat niet meer.",
                     "That absence ({id}) no longer exists."),
    "absence.none_to_remove": ("Voor {name} is geen afwezigheid vastgelegd om weg te halen.",
                               "{name} has no recorded absence to remove."),
    "absence.remove_question": ("De laatst vastgelegde afwezigheid weghalen: {start} tot en "
                                "met {end}?",
                                "Remove the absence recorded last: {start} to {end}?"),
    "absence.removed": ("Afwezigheid {start} tot en met {end} weggehaald (het wijzigingslog "
                        "bewaart de data).",
                        "Absence {start} to {end} removed (the change log keeps the dates)."),
    "key.form.absence_remove": ("Laatste weg", "Remove last"),
    "palette.form.absence_remove": ("Laatst vastgelegde afwezigheid weghalen",
                                    "Remove the absence recorded last"),
    "tip.form.absence_remove": ("De afwezigheid die het laatst is vastgelegd weghalen (na een "
                                "vraag)",
                                "Remove the absence recorded last (after a question)"),
    "absence.saved": ("Afwezigheid van {name} vastgelegd.", "{name}'s absence recorded."),
    "absence.page_title": ("Afwezigheid (alleen data)", "Absence (dates only)"),
    "absence.page_none": ("Geen afwezigheid vastgelegd (b legt er een vast).",
                          "No absence recorded (b records one)."),
    "absence.page_days": ("{days} afwezig in {month}", "{days} absent in {month}"),
    "absence.period": ("{start} t/m {end} ({days})", "{start} to {end} ({days})"),
    "absence.days.one": ("{n} dag", "{n} day"),
    "absence.days.many": ("{n} dagen", "{n} days"),
    "absence.days.open": ("loopt nog", "still running"),
    "absence.talk_line": ("Afwezig in {month}: {days}", "Absent in {month}: {days}"),
    # -- the dialogs ------------------------------------------------------------------------
    "key.form.save": ("Opslaan", "Save"),
    "tip.form.save": ("Opslaan en sluiten", "Save and close"),
    "key.form.cancel": ("Annuleren", "Cancel"),
    "tip.form.cancel": ("Sluiten zonder op te slaan", "Close without saving"),
    "key.form.next": ("Volgend veld", "Next field"),
    "form.help": ("Enter: volgend veld · Ctrl+S: opslaan · Esc: annuleren",
                  "Enter: next field · Ctrl+S: save · Esc: cancel"),
    "form.discard_question": ("Wat u typte weggooien?", "Discard what you typed?"),
    "form.discard_answers": ("j = weggooien · n = verder typen",
                             "y = discard · n = keep typing"),
    "form.yes_no": ("j = ja · n = nee", "y = yes · n = no"),
    "form.add_title": ("Medewerker toevoegen", "Add an agent"),
    "form.edit_title": ("{name} wijzigen", "Edit {name}"),
    "form.name": ("Naam", "Name"),
    "form.email": ("E-mail", "E-mail"),
    "form.email_placeholder": ("naam@bedrijf.nl", "name@company.com"),
    "form.team": ("Team", "Team"),
    "form.team_first": ("de naam van uw team", "your team's name"),
    "form.started": ("Eerste werkdag", "First day"),
    "form.date_optional": ("JJJJ-MM-DD (mag leeg)", "YYYY-MM-DD (optional)"),
    "form.date_placeholder": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "form.biweekly": ("Om de 2 weken", "Every 2 weeks"),
    "form.new_team_question": (
        "Het team '{team}' bestaat nog niet (bekend: {known}). Een nieuw team beginnen?",
        "There is no team '{team}' yet (known: {known}). Start a new team?"),
    "form.team_pick": ("Kies een bestaand team ({known}) of laat het veld leeg.",
                       "Choose a known team ({known}) or leave the field empty."),
    "form.leave_title": ("{name} gaat uit dienst", "{name} leaves"),
    "form.leave_on": ("Laatste dag", "Date of leaving"),
    "form.leave_explained": (
        "Daarna staat de medewerker niet meer in het teamoverzicht en telt niet meer mee; "
        "de gegevens blijven leesbaar tot de bewaartermijn voorbij is.",
        "Afterwards the agent is gone from the team overview and its counts; their record "
        "stays readable until the retention period is over."),
    "form.leave_question": ("{name} gaat uit dienst per {on}. Klopt dat?",
                            "{name} leaves on {on}. Is that right?"),
    "form.date_needed": ("{field}: vul een datum in (JJJJ-MM-DD).",
                         "{field}: fill in a date (YYYY-MM-DD)."),
    "form.absence_title": ("Afwezigheid van {name}", "{name}'s absence"),
    "form.absence_from": ("Van", "From"),
    "form.absence_to": ("Tot en met", "To"),
    "form.to_placeholder": ("JJJJ-MM-DD (leeg = één dag)", "YYYY-MM-DD (empty = one day)"),
    "form.absence_dates_only": (
        "Alleen de data: een reden of diagnose hoort hier niet en wordt nergens vastgelegd.",
        "Dates only: a reason or diagnosis does not belong here and is never recorded."),
    "form.absence_recorded": ("Al vastgelegd:", "Already recorded:"),
}
