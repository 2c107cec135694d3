"""Texts of quality monitoring (the QM form, scored contacts, calibration rounds) and of
the competence KPI: commands, refusals and screens."""

TEXTS = {
    # -- refusals: the form file ---------------------------------------------------------
    "qm.err.form_read": ("Het formulier {file} kan niet gelezen worden: {reason}.",
                         "The form {file} cannot be read: {reason}."),
    "qm.err.form_toml": ("{file}, regel {line}: dit is geen geldige TOML ({reason}); niets "
                         "opgeslagen.",
                         "{file}, line {line}: this is not valid TOML ({reason}); nothing "
                         "saved."),
    "qm.err.form_name": ("{file}, regel {line}: veld name is '{value}'; het formulier heeft "
                         "een naam nodig. Niets opgeslagen.",
                         "{file}, line {line}: field name is '{value}'; the form needs a "
                         "name. Nothing saved."),
    "qm.err.form_empty": ("{file}: er staat geen enkel [[criteria]]-blok in; niets "
                          "opgeslagen.",
                          "{file}: it holds no [[criteria]] table; nothing saved."),
    "qm.err.form_key": ("{file}, regel {line}: veld key is '{value}'; gebruik kleine letters, "
                        "cijfers en _ (beginnend met een letter). Niets opgeslagen.",
                        "{file}, line {line}: field key is '{value}'; use lower-case letters, "
                        "digits and _ (starting with a letter). Nothing saved."),
    "qm.err.form_duplicate": ("{file}, regel {line}: veld key '{value}' staat er al op regel "
                              "{first}; elk criterium heeft een eigen sleutel. Niets "
                              "opgeslagen.",
                              "{file}, line {line}: field key '{value}' is already used on "
                              "line {first}; every criterion needs its own key. Nothing "
                              "saved."),
    "qm.err.form_unknown": ("{file}, regel {line}: criterium '{crit}' heeft een onbekend veld "
                            "'{field}'. Niets opgeslagen.",
                            "{file}, line {line}: criterion '{crit}' has an unknown field "
                            "'{field}'. Nothing saved."),
    "qm.err.form_missing": ("{file}, regel {line}: criterium '{crit}' mist veld {field} (nl en "
                            "en zijn allebei nodig). Niets opgeslagen.",
                            "{file}, line {line}: criterion '{crit}' lacks field {field} (both "
                            "nl and en are needed). Nothing saved."),
    "qm.err.form_max": ("{file}, regel {line}: veld max van criterium '{crit}' is '{value}'; "
                        "dat moet een heel getal van 1 tot en met 9 zijn. Niets opgeslagen.",
                        "{file}, line {line}: field max of criterion '{crit}' is '{value}'; it "
                        "must be a whole number from 1 to 9. Nothing saved."),
    "qm.err.form_weight": ("{file}, regel {line}: veld weight van criterium '{crit}' is "
                           "'{value}'; dat moet een getal boven 0 zijn. Niets opgeslagen.",
                           "{file}, line {line}: field weight of criterion '{crit}' is "
                           "'{value}'; it must be a number above 0. Nothing saved."),
    "qm.err.form_flag": ("{file}, regel {line}: veld {field} van criterium '{crit}' is "
                         "'{value}'; schrijf true of false. Niets opgeslagen.",
                         "{file}, line {line}: field {field} of criterion '{crit}' is "
                         "'{value}'; write true or false. Nothing saved."),
    "qm.err.form_factor": ("{file}, regel {line}: veld factor van criterium '{crit}' is "
                           "'{value}'; die factor bestaat niet (bekend: {known}). Niets "
                           "opgeslagen.",
                           "{file}, line {line}: field factor of criterion '{crit}' is "
                           "'{value}'; no such factor (known: {known}). Nothing saved."),
    "qm.err.form_rq_twice": ("{file}, regel {line}: veld rq staat ook op '{value}' naast "
                             "'{first}'; er is maar één RQ-criterium. Niets opgeslagen.",
                             "{file}, line {line}: field rq is true on '{value}' as well as "
                             "on '{first}'; there is only one RQ criterion. Nothing saved."),
    "qm.err.form_version": ("Formulierversie {version} bestaat niet.",
                            "Form version {version} does not exist."),
    "qm.err.definition_empty": ("De definitie van '{crit}' mag niet leeg zijn.",
                                "The definition of '{crit}' cannot be empty."),
    # -- refusals: scoring ---------------------------------------------------------------
    "qm.err.criterion_unknown": ("Het formulier kent geen criterium '{criterion}'; kies uit: "
                                 "{known}. Niets opgeslagen.",
                                 "The form has no criterion '{criterion}'; use one of: "
                                 "{known}. Nothing saved."),
    "qm.err.score_range": ("Score {value} voor '{criterion}' ligt boven het maximum {max}; "
                           "niets opgeslagen.",
                           "Score {value} for '{criterion}' is above its max of {max}; "
                           "nothing saved."),
    "qm.err.score_value": ("Score '{value}' voor '{criterion}' is geen heel getal van 0 tot en "
                           "met {max}; niets opgeslagen.",
                           "Score '{value}' for '{criterion}' is not a whole number from 0 to "
                           "{max}; nothing saved."),
    "qm.err.pair": ("'{value}' is geen SLEUTEL=WAARDE; schrijf bijvoorbeeld tone=2.",
                    "'{value}' is not KEY=VALUE; write for example tone=2."),
    "qm.err.pair_twice": ("Criterium '{criterion}' staat er twee keer; niets opgeslagen.",
                          "Criterion '{criterion}' is given twice; nothing saved."),
    "qm.err.no_scores": ("Geef minstens één score als SLEUTEL=WAARDE.",
                         "Give at least one score as KEY=VALUE."),
    "qm.err.contact_empty": ("--contact mag niet leeg zijn: noem het ticket- of gespreksnummer.",
                             "--contact cannot be empty: name the ticket or call id."),
    "qm.err.scorer_missing": ("Wie heeft gescoord? Geef --scorer NAAM, of zet lead.name in de "
                              "instellingen.",
                              "Who scored? Give --scorer NAME, or set lead.name in the "
                              "settings."),
    "qm.err.channel": ("Kanaal '{value}' bestaat niet; kies uit: {known}.",
                       "Channel '{value}' does not exist; use one of: {known}."),
    "qm.err.date": ("{option} '{value}' is geen datum; schrijf JJJJ-MM-DD.",
                    "{option} '{value}' is not a date; write YYYY-MM-DD."),
    "qm.err.field": ("Een beoordeling heeft geen veld '{field}'.",
                     "An evaluation has no field '{field}'."),
    "qm.err.evaluation_unknown": ("Beoordeling {id} bestaat niet (meer).",
                                  "Evaluation {id} does not exist (any more)."),
    # -- refusals: calibration -----------------------------------------------------------
    "qm.err.round_unknown": ("Kalibratieronde {id} bestaat niet; zie de lijst in het "
                             "overzicht.",
                             "Calibration round {id} does not exist; see the list in the "
                             "overview."),
    "qm.err.round_contact": ("Ronde {id} heeft geen contact '{contact}'.",
                             "Round {id} has no contact '{contact}'."),
    "qm.err.round_no_contacts": ("Noem minstens één contact (ticket- of gespreksnummer).",
                                 "Name at least one contact (ticket or call id)."),
    "qm.err.scorer_empty": ("Typ eerst je naam bij Scoorder.",
                            "Type your name as scorer first."),
    "qm.err.scored_twice_screen": ("{scorer} heeft contact '{contact}' in deze ronde al "
                                   "gescoord.",
                                   "{scorer} has already scored contact '{contact}' in this "
                                   "round."),
    "qm.err.csv_read": ("Het bestand {file} kan niet gelezen worden: {reason}.",
                        "The file {file} cannot be read: {reason}."),
    "qm.err.csv_header": ("{file}, regel 1: de kopregel is '{value}'; verwacht is "
                          "'{header}'. Niets opgeslagen.",
                          "{file}, line 1: the header is '{value}'; expected '{header}'. "
                          "Nothing saved."),
    "qm.err.csv_cells": ("{file}, regel {line}: {value} velden, verwacht 4. Niets "
                         "opgeslagen.",
                         "{file}, line {line}: {value} fields, expected 4. Nothing saved."),
    "qm.err.csv_empty": ("{file}, regel {line}: veld {field} is leeg. Niets opgeslagen.",
                         "{file}, line {line}: field {field} is empty. Nothing saved."),
    "qm.err.csv_criterion": ("{file}, regel {line}: veld {field} is '{value}', en dat "
                             "criterium staat niet op het formulier (wel: {known}). Niets "
                             "opgeslagen.",
                             "{file}, line {line}: field {field} is '{value}', a criterion "
                             "the form does not have (it has: {known}). Nothing saved."),
    "qm.err.csv_twice": ("{file}, regel {line}: veld {field} '{value}' scoorde '{criterion}' "
                         "van contact '{contact}' al op regel {first}. Niets opgeslagen.",
                         "{file}, line {line}: field {field} '{value}' already scored "
                         "'{criterion}' of contact '{contact}' on line {first}. Nothing "
                         "saved."),
    "qm.err.csv_score": ("{file}, regel {line}: veld {field} is '{value}'; dat moet een heel "
                         "getal van 0 tot en met {max} zijn. Niets opgeslagen.",
                         "{file}, line {line}: field {field} is '{value}'; it must be a whole "
                         "number from 0 to {max}. Nothing saved."),
    "qm.err.csv_no_rows": ("{file} bevat geen scores; niets opgeslagen.",
                           "{file} holds no scores; nothing saved."),
    # -- refusals: competence ------------------------------------------------------------
    "qm.err.judgement": ("Oordeel '{value}' bestaat niet.", "Judgement '{value}' does not exist."),
    "qm.err.skill_unknown": ("'{value}' is geen vaardigheid van een competentiefase.",
                             "'{value}' is not a skill of a competence phase."),
    "qm.err.judgement_unknown": ("Oordeel {id} bestaat niet (meer).",
                                 "Judgement {id} does not exist (any more)."),
    "qm.err.phase_unknown": ("Fase '{value}' bestaat niet; kies uit: {known}.",
                             "Phase '{value}' does not exist; use one of: {known}."),
    # -- the command line ----------------------------------------------------------------
    "qm.cli.form_loaded": (
        {"by": "n",
         "one": "Formulier '{name}' opgeslagen als versie {version} ({n} criterium).",
         "other": "Formulier '{name}' opgeslagen als versie {version} ({n} criteria)."},
        {"by": "n",
         "one": "Form '{name}' stored as version {version} ({n} criterion).",
         "other": "Form '{name}' stored as version {version} ({n} criteria)."}),
    "qm.cli.form_head": ("{name} (versie {version})", "{name} (version {version})"),
    "qm.default_version": ("standaard, nog niet gebruikt", "default, not used yet"),
    "qm.no_principle": ("Overig", "Other"),
    "qm.weight": ("gewicht {weight}", "weight {weight}"),
    "qm.knockout": ("knock-out", "knock-out"),
    "qm.reading": ("Afgesproken lezing: {text}", "Agreed reading: {text}"),
    "qm.cli.scored": ("Beoordeling {id} opgeslagen voor {agent}, contact {contact}: QM-score "
                      "{score} (formulierversie {version}).",
                      "Evaluation {id} saved for {agent}, contact {contact}: QM score {score} "
                      "(form version {version})."),
    "qm.cli.round_imported": (
        {"by": "n",
         "one": "Kalibratieronde {id} opgeslagen: {n} contact, IRR {irr}%.",
         "other": "Kalibratieronde {id} opgeslagen: {n} contacten, IRR {irr}%."},
        {"by": "n",
         "one": "Calibration round {id} saved: {n} contact, IRR {irr}%.",
         "other": "Calibration round {id} saved: {n} contacts, IRR {irr}%."}),
    "qm.cli.round_head": ("Kalibratieronde {id} van {date}: IRR {irr}%",
                          "Calibration round {id} of {date}: IRR {irr}%"),
    "qm.agreed": ("eens", "agreed"),
    "qm.not_agreed": ("niet eens", "not agreed"),
    "qm.spread": ("spreiding", "spread"),
    "qm.agreement": ("overeenstemming %", "agreement %"),
    # -- competence ------------------------------------------------------------------------
    "comp.no_phase": ("{name} zit in geen competentiefase; kies er een op het scherm "
                      "Competentie (m op de medewerkerpagina).",
                      "{name} is in no competence phase; choose one on the Competence screen "
                      "(m on the agent page)."),
    "comp.head": ("{name}: {phase}, {points} van {max} punten, niveau {level}",
                  "{name}: {phase}, {points} of {max} points, level {level}"),
    "comp.set.phase-1": ("fase 1 (kernvaardigheden)", "phase 1 (core skills)"),
    "comp.set.phase-2": ("fase 2", "phase 2"),
    "comp.short.phase-1": ("fase 1", "phase 1"),
    "comp.short.phase-2": ("fase 2", "phase 2"),
    "comp.short.phase-3": ("fase 3", "phase 3"),
    "comp.set.phase-3": ("fase 3", "phase 3"),
    "comp.judgement.sufficient": ("voldoende", "sufficient"),
    "comp.judgement.insufficient": ("onvoldoende, geen klantimpact",
                                    "insufficient, no customer impact"),
    "comp.judgement.insufficient_impact": ("onvoldoende, met klantimpact",
                                           "insufficient, with customer impact"),
    "comp.not_judged": ("nog niet beoordeeld", "not judged yet"),
    "comp.proposal": ("Voorstel leerpunt: {skill} (onvoldoende met klantimpact, het "
                      "belangrijkste eerst).",
                      "Proposed learning point: {skill} (insufficient with customer impact, "
                      "most important first)."),
    "comp.talk_line": ("Competentie: {phase}, {points} van {max} punten, niveau {level}.",
                       "Competence: {phase}, {points} of {max} points, level {level}."),
    # -- screens: evaluating a contact -------------------------------------------------------
    "qm.palette": ("Kwaliteit", "Quality"),
    "comp.palette": ("Competentie", "Competence"),
    "qm.ui.title": ("Contact beoordelen: {name}", "Evaluate a contact: {name}"),
    "qm.ui.hint": ("Lees de definitie, druk per criterium één cijfer (0 tot max); Tab gaat "
                   "naar de notitie. Alles wordt meteen opgeslagen.",
                   "Read the definition, press one digit per criterion (0 to max); Tab goes to "
                   "its note. Everything is saved as you type."),
    "qm.ui.ref": ("contactnummer", "contact id"),
    "qm.ui.channel": ("kanaal", "channel"),
    "qm.ui.scorer": ("scoorder", "scorer"),
    "qm.ui.date": ("Datum", "Date"),
    "qm.ui.verdict": ("Oordeel medewerker:", "Agent's verdict:"),
    "qm.ui.verdict_placeholder": ("hoe ziet de medewerker dit contact zelf?",
                                  "how does the agent see this contact?"),
    "qm.ui.note_placeholder": ("notitie bij dit criterium", "note on this criterion"),
    "qm.ui.above_max": ("{value} ligt boven het maximum {max} van dit criterium.",
                        "{value} is above this criterion's max of {max}."),
    "qm.ui.live": (
        {"by": "total",
         "one": "QM-score {score} ({n} van {total} criterium gescoord)",
         "other": "QM-score {score} ({n} van {total} criteria gescoord)"},
        {"by": "total",
         "one": "QM score {score} ({n} of {total} criterion scored)",
         "other": "QM score {score} ({n} of {total} criteria scored)"}),
    "qm.ui.saved": ("opgeslagen als beoordeling {id}", "saved as evaluation {id}"),
    "qm.ui.drill_title": ("Beoordeelde contacten van {name} in {month}",
                          "Evaluated contacts of {name} in {month}"),
    "qm.ui.drill_factor_title": ("QM-bewijs voor '{factor}': contacten van {name} in {month}",
                                 "QM evidence for '{factor}': contacts of {name} in {month}"),
    # -- the factors step: evaluations as evidence for the factors their criteria map to --
    "qm.fac.contacts_one": ("QM: 1 beoordeeld contact", "QM: 1 evaluated contact"),
    "qm.fac.contacts": ("QM: {n} beoordeelde contacten", "QM: {n} evaluated contacts"),
    "qm.fac.low": (", {n}× laag gescoord op '{label}'", ", {n} scored low on '{label}'"),
    "qm.fac.none_low": (", geen lage scores", ", none scored low"),
    "qm.fac.more": ("F8: contacten en notities", "F8: contacts and notes"),
    "key.talk.qm_evidence": ("QM-bewijs", "QM evidence"),
    "palette.talk.qm_evidence": ("QM-bewijs bij deze factor", "QM evidence for this factor"),
    "tip.talk.qm_evidence": ("De beoordeelde contacten die als bewijs voor deze factor tellen",
                             "The evaluated contacts that count as evidence for this factor"),
    "qm.ui.no_contacts": ("Geen beoordeelde contacten in {month}; beoordeel er een met q op de "
                          "medewerkerpagina.",
                          "No evaluated contacts in {month}; score one with q on the agent "
                          "page."),
    "qm.ui.by": ("door {scorer}", "by {scorer}"),
    "qm.ui.verdict_line": ("Medewerker: {text}", "Agent: {text}"),
    "key.qm.another": ("Volgend contact", "Next contact"),
    "tip.qm.another": ("Een ander contact van deze medewerker beoordelen",
                       "Start scoring another contact of this agent"),
    "key.qm.form": ("Formulier", "QM form"),
    "tip.qm.form": ("Het QM-formulier: criteria en definities, een definitie aanpassen",
                    "The QM form: criteria and definitions, edit a definition"),
    "key.qm.rounds": ("Kalibratie", "Calibration"),
    "tip.qm.rounds": ("Kalibratierondes: dezelfde contacten blind scoren en vergelijken",
                      "Calibration rounds: score the same contacts blind and compare"),
    "key.qm.back": ("Terug", "Back"),
    "tip.qm.back": ("Terug naar de medewerkerpagina", "Back to the agent page"),
    "key.qmdrill.back": ("Terug", "Back"),
    "tip.qmdrill.back": ("Terug naar het gesprek", "Back to the talk"),
    # -- the agent page and the talk ---------------------------------------------------------
    "key.agent.qm": ("QM", "QM"),
    "palette.agent.qm": ("Contact beoordelen (QM)", "Evaluate a contact (QM)"),
    "tip.agent.qm": ("Een contact van de medewerker scoren op het QM-formulier",
                     "Score one of the agent's contacts on the QM form"),
    "key.agent.competence": ("Vaardig", "Skills"),
    "palette.agent.competence": ("Competentie-KPI", "Competence KPI"),
    "tip.agent.competence": ("De vaardigheden van de fase, punten en niveau",
                             "The skills of the agent's phase, points and level"),
    "key.talk.qm_drill": ("QM", "QM"),
    "palette.talk.qm_drill": ("Beoordeelde contacten (QM)", "Evaluated contacts (QM)"),
    "tip.talk.qm_drill": ("De beoordeelde contacten en notities achter QM-score en RQ",
                          "The evaluated contacts and notes behind QM score and RQ"),
    # -- screens: the form -------------------------------------------------------------------
    "qmform.ui.hint": ("e past de definitie onder de cursor aan (in de huidige taal); dat wordt "
                       "een nieuwe formulierversie. Labels, schaal en gewicht: qm form load.",
                       "e edits the definition under the cursor (in the current language); "
                       "that makes a new form version. Labels, scale and weight: qm form load."),
    "qmform.ui.ask": ("Nieuwe definitie van '{label}':", "New definition of '{label}':"),
    "qmform.ui.saved": ("Opgeslagen als formulierversie {version}.",
                        "Saved as form version {version}."),
    "key.qmform.edit": ("Definitie", "Definition"),
    "tip.qmform.edit": ("De definitie onder de cursor aanpassen (nieuwe formulierversie)",
                        "Change the definition under the cursor (a new form version)"),
    "key.qmform.back": ("Terug", "Back"),
    "tip.qmform.back": ("Terug", "Back"),
    # -- screens: calibration ----------------------------------------------------------------
    "cal.ui.title": ("Kalibratierondes", "Calibration rounds"),
    "cal.ui.empty": ("Nog geen kalibratieronde. Druk n, noem de contacten en laat iedereen "
                     "blind scoren.",
                     "No calibration round yet. Press n, name the contacts and let everyone "
                     "score them blind."),
    "cal.ui.never": ("Er is nog nooit gekalibreerd; doe het minstens eens per maand.",
                     "No round held yet; calibrate at least once a month."),
    "cal.ui.last": (
        {"by": "days",
         "one": "Laatste ronde: {date} ({days} dag geleden).",
         "other": "Laatste ronde: {date} ({days} dagen geleden)."},
        {"by": "days",
         "one": "Last round: {date} ({days} day ago).",
         "other": "Last round: {date} ({days} days ago)."}),
    "cal.ui.overdue": ("Tijd voor een nieuwe ronde (minstens maandelijks).",
                       "Time for a new round (at least monthly)."),
    "cal.ui.irr_trend": ("IRR per ronde, oud naar nieuw: {values}",
                         "IRR per round, oldest to newest: {values}"),
    "cal.ui.ask_contacts": ("Welke contacten scoort iedereen? (nummers, met komma's)",
                            "Which contacts does everyone score? (ids, separated by commas)"),
    "cal.ui.your_name": ("jouw naam (dan Enter, en scoren)", "your name (then Enter, and score)"),
    "cal.ui.contact": ("Contact {contact} ({i} van {n}): blind scoren",
                       "Contact {contact} ({i} of {n}): score blind"),
    "cal.ui.scored_by": ("Al gescoord door: {names}. Scores blijven verborgen tot het "
                         "resultaat.",
                         "Already scored by: {names}. Scores stay hidden until the result."),
    "cal.ui.scored_by_none": ("Nog niemand heeft dit contact gescoord.",
                              "Nobody has scored this contact yet."),
    "cal.ui.result_title": ("Resultaat van ronde {id} ({date})",
                            "Result of round {id} ({date})"),
    "cal.ui.irr": ("IRR (aandeel contacten binnen 10 punten eens): {irr}%",
                   "IRR (share of contacts agreed within 10 points): {irr}%"),
    "cal.ui.agreed_score": ("Afgesproken score voor {contact}:",
                            "Agreed score for {contact}:"),
    "cal.ui.agreed_placeholder": ("0 tot 100", "0 to 100"),
    "cal.ui.readings": ("Omstreden criteria: hoe lezen we ze voortaan?",
                        "Disputed criteria: how do we read them from now on?"),
    "cal.ui.reading_of": ("{label} (overeenstemming {agreement}%):",
                          "{label} (agreement {agreement}%):"),
    "cal.ui.reading_placeholder": ("de afgesproken lezing, bewaard bij het formulier",
                                   "the agreed reading, kept with the form"),
    "cal.ui.nothing_scored": ("Nog niets gescoord.", "Nothing scored yet."),
    "cal.col.round": ("Ronde", "Round"),
    "cal.col.held_on": ("Datum", "Date"),
    "cal.col.contacts": ("Contacten", "Contacts"),
    "cal.col.scorers": ("Scoorders", "Scorers"),
    "cal.col.irr": ("IRR %", "IRR %"),
    "cal.col.contact": ("Contact", "Contact"),
    "cal.col.spread": ("Spreiding", "Spread"),
    "cal.col.agreed": ("Eens?", "Agreed?"),
    "cal.col.criterion": ("Criterium", "Criterion"),
    "cal.col.agreement": ("Overeenstemming %", "Agreement %"),
    "key.cal.new": ("Nieuwe ronde", "New round"),
    "tip.cal.new": ("Een ronde starten: noem de contacten die iedereen scoort",
                    "Start a round: name the contacts everyone will score"),
    "key.cal.score": ("Scoren", "Score"),
    "tip.cal.score": ("De contacten van de ronde onder de cursor blind scoren",
                      "Score the contacts of the round under the cursor, blind"),
    "key.cal.result": ("Resultaat", "Result"),
    "tip.cal.result": ("Het resultaat van de ronde: spreiding, overeenstemming, IRR",
                       "The round's result: spread, agreement, IRR"),
    "key.cal.show_result": ("Resultaat", "Result"),
    "tip.cal.show_result": ("Iedereen heeft gescoord: alle scores, spreiding en IRR tonen",
                            "Everyone scored: show every score, the spread and the IRR"),
    "key.cal.next_scorer": ("Volgende deelnemer", "Next participant"),
    "tip.cal.next_scorer": ("Klaar: het blad leeg voor de volgende (scores blijven verborgen)",
                            "Done: clear the sheet for the next one (scores stay hidden)"),
    "key.cal.next_contact": ("Volgend contact", "Next contact"),
    "tip.cal.next_contact": ("Naar het volgende contact van de ronde",
                             "On to the next contact of the round"),
    "key.cal.back": ("Terug", "Back"),
    "tip.cal.back": ("Terug", "Back"),
    # -- screens: competence -----------------------------------------------------------------
    "comp.ui.title": ("Competentie van {name}: {phase}", "Competence of {name}: {phase}"),
    "comp.ui.level": ("{points} van {max} punten, niveau {level}; verloop:",
                      "{points} of {max} points, level {level}; trend:"),
    "comp.ui.no_phase": ("Deze medewerker zit in geen fase. Druk p voor fase 1 (de zeven "
                         "kernvaardigheden).",
                         "This agent is in no phase. Press p for phase 1 (the seven core "
                         "skills)."),
    "comp.ui.judge_first": ("Beoordeel deze vaardigheid eerst (1, 2 of 3).",
                            "Judge this skill first (1, 2 or 3)."),
    "comp.ui.ask_note": ("Notitie bij het laatste oordeel:", "Note with the latest judgement:"),
    "comp.col.skill": ("Vaardigheid", "Skill"),
    "comp.col.phase": ("Fase", "Phase"),
    "comp.col.judgement": ("Laatste oordeel", "Latest judgement"),
    "comp.col.date": ("Datum", "Date"),
    "comp.col.note": ("Notitie", "Note"),
    "key.comp.sufficient": ("Voldoende", "Sufficient"),
    "tip.comp.sufficient": ("De vaardigheid onder de cursor voldoende (vandaag)",
                            "Judge the skill under the cursor sufficient (today)"),
    "key.comp.insufficient": ("Onvoldoende", "Insufficient"),
    "tip.comp.insufficient": ("Onvoldoende, zonder impact op de klant",
                              "Insufficient, without impact on the customer"),
    "key.comp.impact": ("Met impact", "With impact"),
    "tip.comp.impact": ("Onvoldoende, met impact op de klant",
                        "Insufficient, with impact on the customer"),
    "key.comp.note": ("Notitie", "Note"),
    "tip.comp.note": ("Een notitie bij het laatste oordeel", "A note with the latest judgement"),
    "key.comp.phase": ("Fase", "Phase"),
    "tip.comp.phase": ("Naar de volgende competentiefase (of geen)",
                       "Move to the next competence phase (or none)"),
    "key.comp.back": ("Terug", "Back"),
    "tip.comp.back": ("Terug naar de medewerkerpagina", "Back to the agent page"),
    # -- the erasure preview names the QM tables in words ----------------------------------
    "erase.table.qm_evaluations": ("beoordeelde contacten (QM)", "evaluated contacts (QM)"),
    "erase.table.qm_round_contacts": ("contacten in kalibratierondes",
                                      "contacts in calibration rounds"),
    "erase.table.competence_judgements": ("competentie-oordelen", "competence judgements"),
    "erase.table.qm_scores": ("scores per criterium (QM)", "scores per criterion (QM)"),
    "erase.table.qm_scorer_names": (
        "eigen naam als beoordelaar bij contacten van collega's (de beoordeling blijft)",
        "their name as scorer of colleagues' contacts (the evaluation stays)"),
}
