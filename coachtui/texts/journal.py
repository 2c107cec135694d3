"""Texts of the journal itself: opening and refusing the file, and what its tables refuse."""

TEXTS = {
    # -- the file at the path -------------------------------------------------------------
    "journal.missing": ("Er is nog geen journaal op {path}; `coachtui` of een opdracht die "
                        "schrijft (zoals `coachtui import csv`) maakt er een.",
                        "There is no journal at {path} yet; `coachtui` or a command that "
                        "writes (such as `coachtui import csv`) creates one."),
    "journal.folder": ("{path} is een map, geen coachtui-journaal.",
                       "{path} is a folder, not a coachtui journal."),
    "journal.not_a_file": ("{path} is geen gewoon bestand (maar een pipe, apparaat of socket); "
                           "geef het pad van een journaalbestand.",
                           "{path} is not a plain file (it is a pipe, a device or a socket); "
                           "name a journal file."),
    "journal.dangling_link": ("{path} verwijst naar een bestand dat niet bestaat; herstel de "
                              "koppeling of geef het journaal zelf.",
                              "{path} is a link to a file that does not exist; fix the link "
                              "or name the journal itself."),
    "journal.unreadable": ("{path} mag niet gelezen worden; kijk de rechten van het bestand "
                           "na.",
                           "{path} may not be read; check the file's permissions."),
    "journal.folder_unwritable": ("In de map {folder} kan geen journaal komen: er mag niet in "
                                  "geschreven worden. Kies een andere plek met --journal.",
                                  "No journal can be made in the folder {folder}: it may not "
                                  "be written to. Choose another place with --journal."),
    "journal.cannot_open": ("{path} kan niet geopend worden: {reason}.",
                            "{path} cannot be opened: {reason}."),
    # -- what is inside it ----------------------------------------------------------------
    "journal.not_sqlite": ("{path} is geen coachtui-journaal (geen SQLite-bestand).",
                           "{path} is not a coachtui journal (not an SQLite file)."),
    "journal.foreign": ("{path} is een SQLite-bestand, maar geen coachtui-journaal.",
                        "{path} is an SQLite file but not a coachtui journal."),
    "journal.newer": ("{path} is geschreven door een nieuwere coachtui (het bevat "
                      "{migration}); werk coachtui bij om het te openen.",
                      "{path} was written by a newer coachtui (it has {migration}); "
                      "update coachtui to open it."),
    "journal.damaged": ("{path} is beschadigd en kan niet gelezen worden; zet een kopie "
                        "(back-up) van het journaal terug.",
                        "{path} is damaged and cannot be read; restore a copy (a backup) of "
                        "the journal."),
    "journal.damaged_write": ("{path} is beschadigd; er is niets opgeslagen. Zet een kopie "
                              "(back-up) van het journaal terug.",
                              "{path} is damaged; nothing was written. Restore a copy (a "
                              "backup) of the journal."),
    "journal.damaged_warning": ("Let op: {path} is beschadigd; wat je ziet kan onvolledig zijn. "
                                "Zet een kopie (back-up) terug voor je iets vastlegt.",
                                "Careful: {path} is damaged; what you see may be incomplete. "
                                "Restore a copy (a backup) before you record anything."),
    "journal.read_only": ("{path} is alleen-lezen; er is niets opgeslagen. Maak het "
                          "beschrijfbaar om iets te veranderen.",
                          "{path} is read-only; nothing was written. Make it writable to "
                          "change anything."),
    "journal.read_only_outdated": ("{path} is alleen-lezen en moet naar de nieuwe indeling; "
                                   "maak het eerst beschrijfbaar.",
                                   "{path} is read-only and needs its layout brought up to "
                                   "date; make it writable first."),
    "journal.read_only_empty": ("{path} is leeg en alleen-lezen; maak het beschrijfbaar om er "
                                "een journaal in te beginnen.",
                                "{path} is empty and read-only; make it writable to start a "
                                "journal in it."),
    "journal.unusable": ("Het journaal {path} kon niet gebruikt worden: {reason}.",
                         "The journal {path} could not be used: {reason}."),
    "journal.busy": ("Het journaal is bezig; probeer het nog eens.",
                     "The journal is busy; try again."),
    # -- what its tables refuse -----------------------------------------------------------
    "journal.agent_unnamed": ("Noem een medewerker bij e-mailadres, nummer of een deel van de "
                              "naam.",
                              "Name an agent by e-mail, id or part of the name."),
    "journal.agent_no_match": ("Geen medewerker past bij '{query}'.",
                               "No agent matches '{query}'."),
    "journal.agent_ambiguous": ("'{query}' past bij meer dan één medewerker: {names}.",
                                "'{query}' matches more than one agent: {names}."),
    "journal.agent_unknown": ("Er is geen medewerker met nummer {id}.",
                              "There is no agent with id {id}."),
    "journal.email_taken": ("Er is al een medewerker met het e-mailadres {email}.",
                            "An agent with e-mail {email} already exists."),
    "journal.email_in_use": ("Een andere medewerker heeft al het e-mailadres {email}.",
                             "Another agent already has the e-mail {email}."),
    "journal.factor_unknown": ("Er is geen kwalitatieve factor met de naam '{factor}'.",
                               "There is no qualitative factor called '{factor}'."),
    "journal.metric_unknown": ("De meetwaarde '{metric}' staat niet in de catalogus; voeg haar "
                               "eerst toe.",
                               "The metric '{metric}' is not in the catalogue; add it first."),
    "journal.note_unknown": ("Er is geen notitie met nummer {id}.",
                             "There is no note with id {id}."),
    "journal.note_field": ("'{field}' is geen veld van een notitie dat kan veranderen.",
                           "'{field}' is not a field of a note that can change."),
    "journal.note_locked": ("Deze notitie hoort bij een ondertekend gesprek en kan niet meer "
                            "veranderen.",
                            "This note is part of a signed talk and can no longer change."),
    "journal.note_invalid": ("Deze notitie kan zo niet bewaard worden: {reason}",
                             "This note cannot be saved like this: {reason}"),
    "journal.note_needs_factor": ("Een beoordeling hoort bij een factor; kies eerst de factor.",
                                  "A rating belongs to a factor; choose the factor first."),
}
