"""Texts of goals between talks: measures, team goals, behaviour goals, carry-over, the
health guard on talk fields, the team-goals screen and the goal commands."""

TEXTS = {
    # the types and states the second wave added
    "goal_type.behaviour": ("Gedragsdoel", "Behaviour goal"),
    "goal_status.embedding": ("wordt geborgd", "settling in"),
    "export.goal_status.embedding": ("gehaald, wordt geborgd", "achieved, settling in"),
    "export.goal_type.behaviour": ("Gedragsdoel", "Behaviour goal"),
    # refusals
    "goals.bad_number": ("{field}: '{value}' is geen getal.",
                         "{field}: '{value}' is not a number."),
    "goals.field.target_value": ("Streefwaarde", "Target value"),
    "goals.field.threshold": ("Grens per maand", "Limit per month"),
    "goals.bad_threshold": ("'{value}' is geen grens; kies een heel getal vanaf 1.",
                            "'{value}' is not a limit; use a whole number from 1."),
    "goals.unknown_metric": ("Er is geen meetwaarde '{value}'; zie `coachtui catalogue`.",
                             "There is no metric '{value}'; see `coachtui catalogue`."),
    "goals.no_team_goal": ("Er is geen teamdoel met nummer {id}.", "There is no team goal {id}."),
    "goals.team_goal_read_only": (
        "Dit is een teamdoel: het geldt voor het hele team en verandert alleen via de "
        "teamdoelen.",
        "This is a team goal: it holds for the whole team and changes only through the "
        "team goals."),
    "goals.bad_drop_reason": ("'{value}' is geen reden om een doel te laten vallen.",
                              "'{value}' is not a reason to drop a goal."),
    "goals.drop_needs_text": ("Schrijf bij 'andere reden' in een paar woorden waarom.",
                              "With 'another reason', say why in a few words."),
    "goals.progress_empty": ("Een voortgangsopmerking heeft tekst nodig.",
                             "A progress remark needs some text."),
    "goals.incident_not_behaviour": (
        "Doel {id} is geen gedragsdoel; voorvallen horen bij gedragsdoelen.",
        "Goal {id} is not a behaviour goal; incidents belong to behaviour goals."),
    "goals.incident_future": ("{value} ligt in de toekomst; een voorval is al gebeurd.",
                              "{value} is in the future; an incident has already happened."),
    "goals.bad_day": ("'{value}' is geen datum; schrijf JJJJ-MM-DD.",
                      "'{value}' is not a date; write YYYY-MM-DD."),
    "goals.team.bad_target": ("'{value}' is geen streefwaarde voor deze meetwaarde.",
                              "'{value}' is not a target for this metric."),
    "goals.team.bad_period": ("De periode loopt van {start} tot {end}: het einde ligt voor "
                              "het begin.",
                              "The period runs from {start} to {end}: it ends before it "
                              "starts."),
    "goals.team.unknown": ("Er is geen team '{team}' met actieve medewerkers.",
                           "There is no team '{team}' with active agents."),
    "goals.team.too_many": (
        "Team '{team}' heeft in die periode al {most} teamdoelen; meer dan {most} tegelijk "
        "houdt niemand vast.",
        "Team '{team}' already has {most} team goals in that period; more than {most} at "
        "once is more than anyone can keep in mind."),
    # the health guard on talk fields
    "goals.health.ask": (
        "Dit lijkt over gezondheid te gaan ({words}). Leg geen gezondheidsgegevens vast; "
        "toch bewaren?",
        "This seems to be about health ({words}). Do not record health details; save it "
        "anyway?"),
    "goals.health.kept_out": ("Niet bewaard: de woorden over gezondheid zijn eruit gehaald.",
                              "Not saved: the words about health were taken out."),
    "signing.gap.health": (
        "{count} veld(en) lijken over gezondheid te gaan; haal dat eruit voor dit naar HR "
        "gaat",
        "{count} field(s) seem to be about health; take that out before this goes to HR"),
    "signing.gap.outcome_reason": (
        "doel '{what}': de uitkomst wijkt af van het cijfer; schrijf waarom",
        "goal '{what}': the outcome differs from the figure; say why"),
    # the look-back
    "goals.look.hint": (
        "Per doel: a behaald, e behaald en borgen, p deels, n niet behaald, d laten vallen "
        "(met reden). Wat niet af is gaat vanzelf mee naar deze maand.",
        "Per goal: a achieved, e achieved and settling in, p partly, n not achieved, "
        "d drop (with a reason). What is not finished carries over by itself."),
    "goals.look.figure": ("{metric}: {value} (doel {target}) → {suggested}",
                          "{metric}: {value} (target {target}) → {suggested}"),
    "goals.look.no_figure": ("{metric}: nog geen cijfer (doel {target})",
                             "{metric}: no figure yet (target {target})"),
    "goals.look.contradicts": (
        "De uitkomst wijkt af van het cijfer: schrijf hieronder waarom.",
        "The outcome differs from the figure: say why below."),
    "goals.look.reason": ("Waarom wijkt de uitkomst af van het cijfer?",
                          "Why does the outcome differ from the figure?"),
    "goals.look.dropped": ("laten vallen: {reason}", "dropped: {reason}"),
    "goals.look.embedding": ("wordt geborgd tot en met {month}", "settling in until {month}"),
    "goals.look.team": ("teamdoel", "team goal"),
    "goals.drop.question": ("Waarom laat je dit doel vallen?", "Why drop this goal?"),
    "goals.drop.other_text": ("Andere reden, in een paar woorden:",
                              "Another reason, in a few words:"),
    "goals.drop_reason.achieved_embedded": ("behaald en geborgd", "achieved and embedded"),
    "goals.drop_reason.circumstances_changed": ("omstandigheden veranderd",
                                                "circumstances changed"),
    "goals.drop_reason.replaced": ("vervangen door een ander doel",
                                   "replaced by another goal"),
    "goals.drop_reason.other": ("andere reden", "another reason"),
    "goals.drop.cancelled": ("Niet laten vallen: het doel blijft staan.",
                             "Not dropped: the goal stays."),
    # the goal form
    "goals.form.metric": ("Meetwaarde", "Metric"),
    "goals.form.target_value": ("Streefwaarde", "Target value"),
    "goals.form.agreed": ("afgesproken: {value}", "agreed: {value}"),
    "goals.form.personal": ("Privé", "Private"),
    "goals.form.shared": ("gedeeld met HR", "shared with HR"),
    "goals.form.personal_on": ("privé (niet naar HR)", "private (not to HR)"),
    "goals.form.serves": ("Dient teamdoel", "Serves team goal"),
    "goals.form.unwanted": ("Ongewenst gedrag", "Unwanted behaviour"),
    "goals.form.wanted": ("Gewenst gedrag", "Wanted behaviour"),
    "goals.form.registered_by": ("Hoe geregistreerd", "How it is registered"),
    "goals.form.threshold": ("Grens per maand", "Limit per month"),
    "goals.form.consequence": ("Gevolg", "Consequence"),
    "goals.form.follow_up": ("Opvolgen op", "Follow up on"),
    "goals.form.team_read_only": ("Teamdoel {metric} {target}, {start} t/m {end}: hetzelfde "
                                  "voor iedereen in het team, hier niet te wijzigen.",
                                  "Team goal {metric} {target}, {start} to {end}: the same "
                                  "for everyone in the team, not changed here."),
    "goals.form.none_metric": ("geen", "none"),
    "goals.mix.too_many": ("Meer dan {most} doelen van het type {type}: houd het bij de "
                           "kern.",
                           "More than {most} goals of type {type}: keep to the core."),
    "goals.mix.too_few": ("Nog geen {type}: spreek er minstens {least} af.",
                          "No {type} yet: agree at least {least}."),
    "goals.mix.growth_early": (
        "Een groeidoel terwijl {missed} van de {of} streefwaarden niet gehaald zijn: eerst "
        "de basis op orde?",
        "A growth goal while {missed} of {of} targets are missed: first get the basics in "
        "order?"),
    "smart.kpi_measure": ("een KPI-doel heeft een meetwaarde en streefwaarde nodig",
                          "a KPI goal needs a metric and a target value"),
    "smart.behaviour": ("een gedragsdoel noemt het gedrag, de grens en het gevolg",
                        "a behaviour goal names the behaviour, the limit and the consequence"),
    # between talks
    "goals.embedding_until": ("wordt geborgd t/m {month}", "settling in until {month}"),
    "goals.past_deadline": ("deadline voorbij", "past its deadline"),
    "goals.at_threshold": (
        "Grens bereikt: {n} van {of} deze maand. Afgesproken gevolg: {consequence}",
        "Limit reached: {n} of {of} this month. Agreed consequence: {consequence}"),
    "goals.progress_saved": ("Voortgang bij doel {id} bewaard ({on}).",
                             "Progress on goal {id} saved ({on})."),
    "goals.incident_saved": ("Voorval bij doel {id} bewaard; {n} deze maand.",
                             "Incident on goal {id} saved; {n} this month."),
    "goals.cli.none": ("{name} heeft geen open doelen.", "{name} has no open goals."),
    "goals.cli.running": ("{n} maand(en) lopend", "running {n} month(s)"),
    "goals.cli.figure": ("{metric} {latest} (doel {target})",
                         "{metric} {latest} (target {target})"),
    "goals.cli.suggests": ("cijfer zegt: {outcome}", "figure says: {outcome}"),
    "goals.cli.incidents": ("{n} van {of} voorvallen deze maand",
                            "{n} of {of} incidents this month"),
    "goals.team.saved": ("Teamdoel {id} voor '{team}': {metric} {target}, {start} t/m {end}.",
                         "Team goal {id} for '{team}': {metric} {target}, {start} to {end}."),
    "goals.team.none": ("Er zijn nog geen teamdoelen.", "There are no team goals yet."),
    # the agent page
    "goals.agent.line": ("{what}", "{what}"),
    "goals.agent.running": ("{n} mnd", "{n} mo"),
    "goals.agent.incidents": ("{n}/{of} voorvallen", "{n}/{of} incidents"),
    "goals.agent.warn": ("⚠ grens bereikt: {consequence}", "⚠ limit reached: {consequence}"),
    "goals.agent.pick": ("Kies een doel: {choices}", "Pick a goal: {choices}"),
    "goals.agent.progress_prompt": ("Voortgang bij '{what}':", "Progress on '{what}':"),
    "goals.agent.incident_prompt": ("Voorval bij '{what}' (mag leeg):",
                                    "Incident on '{what}' (may be empty):"),
    "goals.agent.no_behaviour": ("Er is geen open gedragsdoel om een voorval bij te noteren.",
                                 "There is no open behaviour goal to log an incident on."),
    "goals.agent.no_open": ("Er is geen open doel.", "There is no open goal."),
    "key.agent.progress": ("Voortgang", "Progress"),
    "key.agent.incident": ("Voorval", "Incident"),
    "palette.agent.progress": ("Voortgang bij een doel noteren", "Note progress on a goal"),
    "palette.agent.incident": ("Voorval bij een gedragsdoel noteren",
                               "Log an incident on a behaviour goal"),
    # the team-goals screen
    "key.team.team_goals": ("Teamdoelen", "Team goals"),
    "palette.team.team_goals": ("Teamdoelen voor het teamoverleg",
                                "Team goals for the team meeting"),
    "tg.title": ("Teamdoelen · {month}", "Team goals · {month}"),
    "tg.safe_on": ("Veilig om te tonen: geen persoonlijke cijfers",
                   "Safe to show the team: no individual figures"),
    "tg.safe_off": ("Met persoonlijke cijfers (alleen voor de teamleider)",
                    "With individual figures (for the team lead only)"),
    "tg.none": ("Geen teamdoelen voor deze maand. Zet er een met `coachtui team-goal add`.",
                "No team goals for this month. Set one with `coachtui team-goal add`."),
    "tg.team": ("Team {team} · {done} van {agents} gesprekken gedaan over {month}",
                "Team {team} · {done} of {agents} talks done about {month}"),
    "tg.goal": ("{metric} {target} · {start} t/m {end}", "{metric} {target} · {start} to {end}"),
    "tg.share": ("{on} van {of} medewerkers op doel ({share}) in {month}",
                 "{on} of {of} agents on target ({share}) in {month}"),
    "tg.no_share": ("nog geen cijfers in deze periode", "no figures yet in this period"),
    "tg.team_figure": ("team", "team"),
    "key.tg.safe": ("Veilig tonen", "Safe to show"),
    "key.tg.back": ("Terug", "Back"),
    "palette.tg.safe": ("Veilig tonen aan/uit (persoonlijke cijfers)",
                        "Safe to show on/off (individual figures)"),
    "palette.tg.back": ("Terug naar het team", "Back to the team"),
    "tg.palette": ("Teamdoelen", "Team goals"),
    "team.past_deadline": ("{n} over deadline", "{n} past deadline"),
    "goals.form.team_pick": ("Kies met 1-{n}, 0 geen", "Pick with 1-{n}, 0 none"),
}
