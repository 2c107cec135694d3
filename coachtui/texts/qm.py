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
    "qm.err.form_unknown": ("{file}, regel {line}: criterium '{key}' heeft een onbekend veld "
                            "'{field}'. Niets opgeslagen.",
                            "{file}, line {line}: criterion '{key}' has an unknown field "
                            "'{field}'. Nothing saved."),
    "qm.err.form_missing": ("{file}, regel {line}: criterium '{key}' mist veld {field} (nl en "
                            "en zijn allebei nodig). Niets opgeslagen.",
                            "{file}, line {line}: criterion '{key}' lacks field {field} (both "
                            "nl and en are needed). Nothing saved."),
    "qm.err.form_max": ("{file}, regel {line}: veld max van criterium '{key}' is '{value}'; "
                        "dat moet een heel getal van 1 tot en met 9 zijn. Niets opgeslagen.",
                        "{file}, line {line}: field max of criterion '{key}' is '{value}'; it "
                        "must be a whole number from 1 to 9. Nothing saved."),
    "qm.err.form_weight": ("{file}, regel {line}: veld weight van criterium '{key}' is "
                           "'{value}'; dat moet een getal boven 0 zijn. Niets opgeslagen.",
                           "{file}, line {line}: field weight of criterion '{key}' is "
                           "'{value}'; it must be a number above 0. Nothing saved."),
    "qm.err.form_flag": ("{file}, regel {line}: veld {field} van criterium '{key}' is "
                         "'{value}'; schrijf true of false. Niets opgeslagen.",
                         "{file}, line {line}: field {field} of criterion '{key}' is "
                         "'{value}'; write true or false. Nothing saved."),
    "qm.err.form_rq_twice": ("{file}, regel {line}: veld rq staat ook op '{value}' naast "
                             "'{first}'; er is maar één RQ-criterium. Niets opgeslagen.",
                             "{file}, line {line}: field rq is true on '{value}' as well as "
                             "on '{first}'; there is only one RQ criterion. Nothing saved."),
    "qm.err.form_version": ("Formulierversie {version} bestaat niet.",
                            "Form version {version} does not exist."),
    "qm.err.definition_empty": ("De definitie van '{key}' mag niet leeg zijn.",
                                "The definition of '{key}' cannot be empty."),
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
    "qm.cli.form_loaded": ("Formulier '{name}' opgeslagen als versie {version} ({n} criteria).",
                           "Form '{name}' stored as version {version} ({n} criteria)."),
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
    "qm.cli.round_imported": ("Kalibratieronde {id} opgeslagen: {n} contacten, IRR {irr}%.",
                              "Calibration round {id} saved: {n} contacts, IRR {irr}%."),
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
}
