"""Texts of the talk kinds: coaching moment, appraisal, performance talk, exit talk, the
agent's turn and the agenda."""

TEXTS = {
    "kind.coaching": ("Coachmoment", "Coaching moment"),
    "export.kind.coaching": ("Coachmoment", "Coaching moment"),
    # step names
    "kinds.step.turn": ("Beurt medewerker", "Agent's turn"),
    "kinds.step.coaching_topic": ("Onderwerp", "Topic"),
    "kinds.step.coaching_agreement": ("Afspraak", "Agreement"),
    "kinds.step.overview": ("Jaaroverzicht", "Year overview"),
    "kinds.step.period_factors": ("Factoren over de periode", "Factors over the period"),
    "kinds.step.judgement": ("Eindoordeel", "Judgement"),
    "kinds.step.reaction": ("Reactie", "Reaction"),
    "kinds.step.lead_view": ("Visie leidinggevende", "Lead's view"),
    "kinds.step.agreements": ("Afspraken", "Agreements"),
    "kinds.step.exit_story": ("Vertrek", "Leaving"),
    "kinds.step.handover": ("Overdracht", "Handover"),
    "kinds.step.sign": ("Tekenen", "Sign"),
    # the answer fields
    "kinds.field.turn.how": ("Hoe ging het de afgelopen periode?",
                             "How did the last period go?"),
    "kinds.field.turn.learned": ("Wat heb je geleerd?", "What did you learn?"),
    "kinds.field.turn.next": ("Wat wil je hierna oppakken?",
                              "What would you like to take on next?"),
    "kinds.field.turn.need": ("Wat heb je daarvoor nodig?", "What do you need for that?"),
    "kinds.field.turn.for_lead": ("Wil je de teamleider nog iets meegeven?",
                                  "Anything for the team lead?"),
    "kinds.field.turn.helps": ("Wat helpt je in je werk?", "What helps you in your work?"),
    "kinds.field.turn.hinders": ("Wat zit je in de weg?", "What gets in your way?"),
    "kinds.field.coaching.topic": ("Het ene punt van dit coachmoment",
                                   "The one point of this coaching moment"),
    "kinds.field.coaching.evidence": ("Waaruit blijkt het (contact, notitie, cijfer)",
                                      "What shows it (a contact, a note, a figure)"),
    "kinds.field.coaching.agreement": ("De ene afspraak", "The one agreement"),
    "kinds.field.coaching.follow_up": ("Terugkijken op (JJJJ-MM-DD)",
                                       "Follow up on (YYYY-MM-DD)"),
    "kinds.field.appraisal.overall": ("Eindoordeel over de periode",
                                      "Overall judgement of the period"),
    "kinds.field.appraisal.overall_why": ("Onderbouwing van het oordeel",
                                          "What the judgement rests on"),
    "kinds.field.appraisal.outcome": ("Gevolg", "Outcome"),
    "kinds.field.appraisal.outcome_remark": ("Toelichting bij het gevolg",
                                             "Remark on the outcome"),
    "kinds.field.appraisal.reaction": ("Reactie van de medewerker op de beoordeling",
                                       "The agent's reaction to the appraisal"),
    "kinds.field.performance.lead_view": ("Hoe de teamleider het werk ziet",
                                          "How the team lead sees the work"),
    "kinds.field.performance.together": (
        "Wat we samen verbeteren (overleg, werkwijze, procedures)",
        "What we improve together (communication, ways of working, procedures)"),
    "kinds.field.exit.reason": ("Reden van vertrek, zoals de medewerker die vertelt",
                                "Reason for leaving, as the agent tells it"),
    "kinds.field.exit.went_well": ("Wat ging er goed", "What went well"),
    "kinds.field.exit.could_be_better": ("Wat kan beter", "What could be better"),
    "kinds.field.exit.handover": ("Afspraken over de overdracht", "Handover agreements"),
    "kinds.field.exit.leaving_on": ("Laatste werkdag (JJJJ-MM-DD)",
                                    "Date of leaving (YYYY-MM-DD)"),
    # hints
    "kinds.hint.turn": (
        "Dit deel vult de medewerker in, liefst vóór het gesprek (F2: medewerkersweergave "
        "verbergt je privénotities). Alles is gedeeld en komt in het verslag.",
        "The agent fills this in, best before the talk (F2: agent view hides your private "
        "notes). Everything here is shared and goes into the record."),
    "kinds.turn.own_ratings": ("Je eigen beoordeling per factor (+, = of ~, -)",
                               "Your own rating per factor (+, = or ~, -)"),
    "kinds.turn.own_note": ("waarom (optioneel)", "why (optional)"),
    "kinds.hint.coaching": (
        "Een coachmoment gaat over één punt, kort en concreet: wat, en waaruit het blijkt.",
        "A coaching moment is about one point, short and concrete: what, and what shows it."),
    "kinds.hint.coaching_agreement": (
        "Eén afspraak, en wanneer jullie erop terugkijken.",
        "One agreement, and when you look back on it."),
    "kinds.hint.period_factors": (
        "Het oordeel per factor over de hele periode, niet over één maand; licht elk "
        "oordeel toe.",
        "Judge each factor over the whole period, not one month; explain every judgement."),
    "kinds.hint.judgement": (
        "Kies het eindoordeel en het gevolg met de toets voor de keuze.",
        "Pick the overall judgement and the outcome with the key shown before each choice."),
    "kinds.hint.reaction": (
        "De teamleider oordeelt, de medewerker luistert en mag reageren: in eigen woorden.",
        "The team lead judges; the agent listens and may react, in their own words."),
    "kinds.hint.lead_view": (
        "Nu de teamleider: hoe zie jij het werk, en wat verbeteren jullie samen?",
        "Now the team lead: how do you see the work, and what do you improve together?"),
    "kinds.hint.agreements": (
        "Afspraken voor het komende halfjaar worden doelen (Ctrl+O voegt er een toe).",
        "Agreements for the next half year become goals (Ctrl+O adds one)."),
    "kinds.hint.exit_reason": (
        "Noteer geen gezondheidsgegevens: geen ziekte, diagnose of behandeling.",
        "Record no health details: no illness, diagnosis or treatment."),
    "kinds.health_warning": (
        "Dit lijkt over gezondheid te gaan ({words}); dat mag niet in het verslag.",
        "This seems to be about health ({words}); that may not go into the record."),
    "kinds.hint.leaving": (
        "Met het tekenen eindigt het dienstverband op deze datum: de medewerker verdwijnt "
        "uit het teamoverzicht.",
        "Signing ends the employment on this date: the agent leaves the team overview."),
    "kinds.year_placeholder": (
        "Hier komt het jaaroverzicht: per cijfer de maanden tegenover het doel, per factor "
        "de beoordelingen, de doelen en leerpunten van de periode.",
        "The year overview comes here: per figure the months against the target, per factor "
        "the ratings, the goals and learning points of the period."),
    "kinds.outcome.none": ("Geen", "None"),
    "kinds.outcome.salary_step": ("Salarisstap", "Salary step"),
    "kinds.outcome.promotion": ("Promotie", "Promotion"),
    "kinds.outcome.improvement_plan": ("Verbeterplan", "Improvement plan"),
    # the agent's rating beside the lead's
    "kinds.factors.agent": ("Medewerker zelf: {rating}", "The agent's own: {rating}"),
    "kinds.factors.agent_none": ("Medewerker zelf: –", "The agent's own: –"),
    "kinds.factors.differs": ("verschilt: bespreken", "differs: a topic"),
    # the agenda
    "kinds.agenda.title": ("Agenda", "Agenda"),
    "kinds.agenda.none": ("Geen agendapunten. Voeg ze toe op de medewerkerspagina (A) of "
                          "met `coachtui note NAAM --agenda TEKST`.",
                          "No agenda items. Add them on the agent page (A) or with "
                          "`coachtui note NAME --agenda TEXT`."),
    "kinds.agenda.hint": ("Per punt: b besproken, v volgende keer.",
                          "Per item: d done, n next time."),
    "kinds.agenda.done": ("besproken", "done"),
    "kinds.agenda.carried": ("volgende keer", "next time"),
    "kinds.agenda.by.lead": ("teamleider", "team lead"),
    "kinds.agenda.by.agent": ("medewerker", "agent"),
    "kinds.agenda.prompt": ("Agendapunt voor het volgende gesprek:",
                            "Agenda item for the next talk:"),
    "kinds.agenda.added": ("Agendapunt toegevoegd.", "Agenda item added."),
    "kinds.agenda.none_short": ("geen", "none"),
    "kinds.agenda.open_line": ("Agenda: {items}", "Agenda: {items}"),
    # signing gaps
    "kinds.gap.missing": ("Nog leeg: {field}.", "Still empty: {field}."),
    "kinds.gap.bad_date": ("“{value}” is geen hele datum (JJJJ-MM-DD).",
                           "“{value}” is not a whole date (YYYY-MM-DD)."),
    "kinds.gap.unjudged": ("{count} factor(en) zonder oordeel over de periode.",
                           "{count} factor(s) without a judgement over the period."),
    "kinds.gap.no_turn": ("De medewerker heeft nog niets ingevuld.",
                          "The agent has not written anything yet."),
    "kinds.gap.no_agreement": ("Er is nog geen afspraak voor het komende halfjaar.",
                               "There is no agreement for the next half year yet."),
    "kinds.gap.health": ("De reden van vertrek lijkt gezondheidsgegevens te bevatten.",
                         "The reason for leaving seems to hold health details."),
    "kinds.gap.leaving_before_start": ("De vertrekdatum ligt vóór de startdatum ({start}).",
                                       "The date of leaving is before the start date ({start})."),
    # refusals
    "kinds.bad_answer_field": ("“{field}” is geen veld van een gesprek.",
                               "“{field}” is not a field of a talk."),
    "kinds.agenda_empty": ("Een agendapunt heeft tekst nodig.", "An agenda item needs text."),
    "kinds.agenda_bad_by": ("“{value}” kan geen agendapunt toevoegen.",
                            "“{value}” cannot add an agenda item."),
    "kinds.agenda_bad_state": ("“{value}” is geen stand van een agendapunt.",
                               "“{value}” is not a state of an agenda item."),
    "kinds.no_agenda_item": ("Agendapunt {id} bestaat niet (meer).",
                             "Agenda item {id} does not exist (any more)."),
    "kinds.bad_scale": (
        "Een schaal heeft 2 tot 9 niveaus met elk een eigen sleutel en tekst, niet {count}.",
        "A scale has 2 to 9 levels, each with its own key and words, not {count}."),
    "kinds.agenda_note_private": (
        "Een privénotitie kan geen agendapunt zijn: de medewerker ziet de agenda.",
        "A private note cannot be an agenda item: the agent sees the agenda."),
    # agent page keys and palette
    "key.agent.start_coaching": ("Coachmoment", "Coaching"),
    "key.agent.start_appraisal": ("Beoordeling", "Appraisal"),
    "key.agent.start_performance": ("Functionering", "Performance"),
    "key.agent.start_exit": ("Exit", "Exit"),
    "key.agent.add_agenda": ("Agenda", "Agenda"),
    "palette.agent.start_coaching": ("Coachmoment beginnen", "Start a coaching moment"),
    "palette.agent.start_appraisal": ("Beoordelingsgesprek beginnen", "Start an appraisal"),
    "palette.agent.start_performance": ("Functioneringsgesprek beginnen",
                                        "Start a performance talk"),
    "palette.agent.start_exit": ("Exitgesprek beginnen", "Start an exit talk"),
    "palette.agent.add_agenda": ("Agendapunt toevoegen", "Add an agenda item"),
    "tip.agent.start_coaching": ("Een kort coachmoment over één punt, of het concept hervatten",
                                 "A short coaching moment on one point, or continue the draft"),
    "tip.agent.start_appraisal": ("Het beoordelingsgesprek over de afgelopen periode",
                                  "The appraisal of the past period"),
    "tip.agent.start_performance": ("Het functioneringsgesprek: de medewerker begint",
                                    "The performance talk: the agent speaks first"),
    "tip.agent.start_exit": ("Het exitgesprek; tekenen beëindigt het dienstverband",
                             "The exit talk; signing ends the employment"),
    "tip.agent.add_agenda": ("Een onderwerp voor het volgende gesprek",
                             "A topic for the next talk"),
    # the record
    "export.kinds.turn": ("De beurt van de medewerker", "The agent's turn"),
    "export.kinds.answers": ("Het gesprek", "The talk"),
    "export.kinds.agenda": ("Agenda", "Agenda"),
    "export.kinds.year_overview": ("Jaaroverzicht", "Year overview"),
    "export.col.agent_rating": ("Medewerker zelf", "Agent's own"),
    "export.agenda.done": ("besproken", "done"),
    "export.agenda.carried": ("naar volgende keer", "carried to the next talk"),
    "export.agenda.open": ("niet besproken", "not discussed"),
    # the command line
    "kinds.cli.started": ("Gesprek {id} ({kind}) met {name} over {month}.",
                          "Talk {id} ({kind}) with {name} about {month}."),
}
