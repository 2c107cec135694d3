"""Texts of the notes screen (an agent's notes: edit, delete, undo) and of erasing an agent."""

TEXTS = {
    # -- palette areas and keys --------------------------------------------------------
    "notes_ui.palette": ("Notities", "Notes"),
    "erase.palette": ("Wissen", "Erase"),
    "key.notes.edit": ("Bewerken", "Edit"),
    "key.notes.delete": ("Verwijderen", "Delete"),
    "key.notes.undo": ("Herstel", "Undo"),
    "key.notes.back": ("Terug", "Back"),
    "key.erase.cancel": ("Annuleren", "Cancel"),
    "key.erase.confirm": ("Definitief wissen", "Erase for good"),
    # -- the notes screen ------------------------------------------------------------------
    "notes_ui.title": ("Notities over {name}", "Notes about {name}"),
    "notes_ui.count": (
        {"by": "n",
         "one": "{n} notitie, nieuwste bovenaan",
         "other": "{n} notities, nieuwste bovenaan"},
        {"by": "n",
         "one": "{n} note, newest first",
         "other": "{n} notes, newest first"}),
    "notes_ui.count_agent_view": (
        {"by": "n",
         "one": "{n} notitie, nieuwste bovenaan; privénotities zijn verborgen",
         "other": "{n} notities, nieuwste bovenaan; privénotities zijn verborgen"},
        {"by": "n",
         "one": "{n} note, newest first; private notes are hidden",
         "other": "{n} notes, newest first; private notes are hidden"}),
    "notes_ui.empty": ("Er zijn nog geen notities over deze medewerker. Ctrl+N schrijft er een.",
                       "There are no notes about this agent yet. Ctrl+N writes one."),
    "notes_ui.unknown": ("Deze medewerker staat niet (meer) in het journaal.",
                         "This agent is not (or no longer) in the journal."),
    "notes_ui.col.date": ("Datum", "Date"),
    "notes_ui.col.factor": ("Factor", "Factor"),
    "notes_ui.col.channel": ("Kanaal", "Channel"),
    "notes_ui.col.relation": ("Relatie", "Relation"),
    "notes_ui.col.ref": ("Contact", "Contact"),
    "notes_ui.col.text": ("Notitie", "Note"),
    "notes_ui.col.state": ("Status", "State"),
    "notes_ui.private": ("privé", "private"),
    "notes_ui.locked": ("vast: hoort bij het gesprek van {month}",
                        "locked: part of the talk of {month}"),
    "notes_ui.open": ("te bewerken", "can change"),
    "notes_ui.detail_locked": (
        "Deze notitie hoort bij het ondertekende gesprek van {month} en blijft zoals ze is.",
        "This note is part of the signed talk of {month} and stays as it is."),
    "notes_ui.refused_locked": (
        "Deze notitie hoort bij het ondertekende gesprek van {month}; bewerken of "
        "verwijderen kan niet meer.",
        "This note is part of the signed talk of {month}; it can no longer be edited or "
        "deleted."),
    "notes_ui.refused_locked_now": (
        "Deze notitie hoort intussen bij een ondertekend gesprek; er is niets veranderd.",
        "This note is now part of a signed talk; nothing was changed."),
    "notes_ui.edit_question": ("Nieuwe tekst van de notitie van {date} (Ctrl+S bewaart, "
                               "Esc annuleert):",
                               "New text for the note of {date} (Ctrl+S saves, Esc cancels):"),
    "notes_ui.edited": ("Notitie aangepast. U zet de oude tekst terug.",
                        "Note changed. U puts the old text back."),
    "notes_ui.deleted": ("Notitie van {date} verwijderd. U zet haar terug.",
                         "Note of {date} deleted. U brings it back."),
    "notes_ui.restored": ("Notitie van {date} teruggezet.", "Note of {date} brought back."),
    "notes_ui.text_back": ("Oude tekst van de notitie van {date} teruggezet.",
                           "Old text of the note of {date} put back."),
    "notes_ui.nothing_to_undo": ("Er is niets om ongedaan te maken.", "There is nothing to undo."),
    "notes_ui.no_selection": ("Kies eerst een notitie.", "Pick a note first."),
    # -- erasing an agent -----------------------------------------------------------------
    "erase.title": ("{name} <{email}> wissen", "Erase {name} <{email}>"),
    "erase.what": ("Dit verdwijnt uit het journaal:", "This disappears from the journal:"),
    "erase.rows": (
        {"one": "{count} rij",
         "other": "{count} rijen"},
        {"one": "{count} row",
         "other": "{count} rows"}),
    "erase.col.what": ("Wat", "What"),
    "erase.col.rows": ("Rijen", "Rows"),
    "erase.warning": (
        "Wissen kan niet ongedaan worden gemaakt: ook de oude kopieën in het bestand worden "
        "overschreven. Bestanden die je eerder hebt geëxporteerd (gespreksverslagen, "
        "inzageverzoeken) blijven bestaan; verwijder die zelf.",
        "Erasing cannot be undone: old copies inside the file are overwritten too. Files you "
        "exported earlier (talk records, access requests) stay where they are; delete those "
        "by hand."),
    "erase.type_prompt": ("Typ de voornaam ({first}) of het e-mailadres en druk op Enter om "
                          "te wissen. Esc annuleert.",
                          "Type the first name ({first}) or the e-mail address and press Enter "
                          "to erase. Esc cancels."),
    "erase.placeholder": ("voornaam of e-mailadres", "first name or e-mail address"),
    "erase.mismatch": ("'{text}' is niet de voornaam of het e-mailadres van {name}; er is "
                       "niets gewist.",
                       "'{text}' is not the first name or e-mail address of {name}; nothing "
                       "was erased."),
    "erase.busy": ("Bezig met wissen en het bestand opschonen…",
                   "Erasing and cleaning the file…"),
    "erase.done": (
        {"by": "rows",
         "one": "{name} is gewist ({rows} rij).",
         "other": "{name} is gewist ({rows} rijen)."},
        {"by": "rows",
         "one": "{name} is erased ({rows} row).",
         "other": "{name} is erased ({rows} rows)."}),
    "erase.failed": ("Wissen is niet gelukt: {reason}", "Erasing did not work: {reason}"),
    "erase.agent_view": ("Wissen kan niet terwijl de medewerker meekijkt; verlaat eerst de "
                         "medewerkersweergave (F2).",
                         "Erasing is not possible while the agent reads along; leave agent "
                         "view first (F2)."),
    "erase.unknown": ("Deze medewerker staat niet (meer) in het journaal.",
                      "This agent is not (or no longer) in the journal."),
    "erase.table.agents": ("medewerker", "agent"),
    "erase.table.sessions": ("gesprekken", "talks"),
    "erase.table.factor_ratings": ("beoordelingen per factor", "factor ratings"),
    "erase.table.goals": ("doelen", "goals"),
    "erase.table.notes": ("notities (ook privé)", "notes (private ones too)"),
    "erase.table.figures": ("cijfers", "figures"),
    "erase.table.targets": ("persoonlijke streefwaarden", "personal targets"),
    "erase.table.absences": ("afwezigheden", "absences"),
    "erase.table.addenda": ("aanvullingen op gesprekken", "addenda to talks"),
    "erase.table.change_log": ("wijzigingslogboek", "change log"),
}
