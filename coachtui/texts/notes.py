"""Texts of quick notes: the `coachtui note` command and the quick-note popup."""

TEXTS = {
    # -- the command line ---------------------------------------------------------------
    "note.saved": ("Notitie {id} opgeslagen bij {agent}{details}: {text}",
                   "Note {id} saved for {agent}{details}: {text}"),
    "note.private": ("alleen voor jou", "manager only"),
    "note.err.empty": ("Een notitie heeft tekst nodig (naast een eventuele tag).",
                       "A note needs some text besides a tag."),
    "note.err.tag_unknown": ("De tag '{tag}' hoort bij geen enkele factor; kies uit: {candidates}.",
                             "The tag '{tag}' is not a factor; use one of: {candidates}."),
    "note.err.tag_ambiguous": ("De tag '{tag}' past bij meer dan één factor: {candidates}; "
                               "typ meer letters.",
                               "The tag '{tag}' fits more than one factor: {candidates}; "
                               "type more letters."),
    "note.err.tag_short": ("De tag '{tag}' is te kort; typ minstens twee letters van: "
                           "{candidates}.",
                           "The tag '{tag}' is too short; type at least two letters of: "
                           "{candidates}."),
    "note.err.too_many": ("Een notitie beoordeelt één factor, maar deze heeft meerdere tags: "
                          "{tags}; schrijf twee notities.",
                          "A note rates one factor, but this one has several tags: {tags}; "
                          "write two notes."),
    "note.err.medical": ("Deze notitie lijkt over gezondheid te gaan ({words}); leg de aard of "
                         "oorzaak van ziekte niet vast. Niets opgeslagen; gebruik --yes als het "
                         "toch zo moet.",
                         "This note seems to be about health ({words}); do not record the "
                         "nature or cause of illness. Nothing saved; use --yes if it must stay."),
    "note.warn.medical": ("Let op: deze notitie lijkt over gezondheid te gaan ({words}).",
                          "Careful: this note seems to be about health ({words})."),
    "channel.phone": ("telefoon", "phone"),
    "channel.email": ("e-mail", "e-mail"),
    "channel.chat": ("chat", "chat"),
    "relation.strengthened": ("relatie versterkt", "relationship strengthened"),
    "relation.kept": ("relatie behouden", "relationship kept"),
    "relation.weakened": ("relatie verzwakt", "relationship weakened"),
    # -- the quick-note popup -----------------------------------------------------------
    "qn.title": ("Snelle notitie", "Quick note"),
    "qn.agent": ("Medewerker", "Agent"),
    "qn.agent_placeholder": ("typ een deel van de naam", "type part of a name"),
    "qn.no_agent": ("Geen medewerker gevonden", "No agent found"),
    "qn.factor": ("Factor", "Factor"),
    "qn.no_factor": ("geen factor", "no factor"),
    "qn.rating": ("Beoordeling", "Rating"),
    "qn.text": ("Notitie", "Note"),
    "qn.text_placeholder": ("wat zag of hoorde je?", "what did you see or hear?"),
    "qn.ref": ("Contact", "Contact"),
    "qn.ref_placeholder": ("ticket- of gespreksnummer (optioneel)",
                           "ticket or call id (optional)"),
    "qn.channel": ("Kanaal", "Channel"),
    "qn.relation": ("Relatie", "Relation"),
    "qn.relation.strengthened": ("versterkt", "strengthened"),
    "qn.relation.kept": ("behouden", "kept"),
    "qn.relation.weakened": ("verzwakt", "weakened"),
    "qn.private": ("Privé", "Private"),
    "qn.none": ("–", "–"),
    "qn.yes": ("ja", "yes"),
    "qn.no": ("nee", "no"),
    "qn.need_agent": ("Kies eerst een medewerker.", "Pick an agent first."),
    "qn.need_factor": ("Kies bij een beoordeling ook een factor (1-7).",
                       "A rating needs a factor: pick one with 1-7."),
    "qn.medical_question": ("Deze notitie lijkt over gezondheid te gaan ({words}). Leg geen "
                            "aard of oorzaak van ziekte vast. Toch opslaan?",
                            "This note seems to be about health ({words}). Do not record the "
                            "nature or cause of illness. Save it anyway?"),
    "qn.confirm_answers": ("y = toch opslaan · n = terug naar de tekst",
                           "y = save anyway · n = back to the text"),
    "qn.need_text": ("Typ eerst de notitie.", "Type the note first."),
    "qn.discard_question": ("Notitie weggooien?", "Discard this note?"),
    "qn.discard_hint": ("y = weggooien · n = verder typen", "y = discard · n = keep typing"),
    "key.qn.save": ("opslaan", "save"),
    "key.qn.cancel": ("sluiten", "close"),
    "key.qn.factor": ("factor", "factor"),
    "key.qn.rating": ("oordeel", "rating"),
    "key.qn.channel": ("kanaal", "channel"),
    "key.qn.relation": ("relatie", "relation"),
    "key.qn.private": ("privé", "private"),
    "key.qn.next": ("volgende", "next"),
    "qn.keys_help": ("In de factorlijst: 1-7 factor · + = ~ - beoordeling · p e c kanaal · "
                     "s k w relatie · x privé",
                     "In the factor list: 1-7 factor · + = ~ - rating · p e c channel · "
                     "s k w relation · x private"),
}
