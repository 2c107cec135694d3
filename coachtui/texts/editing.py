"""Texts of editing sentences in several lines (a note's text) and of fitting the footer."""

TEXTS = {
    "key.note_edit.save": ("Bewaren", "Save"),
    "key.note_edit.cancel": ("Annuleren", "Cancel"),
    "tip.note_edit.save": ("De nieuwe tekst bewaren (u in de lijst zet de oude terug)",
                           "Save the new text (u in the list puts the old one back)"),
    "tip.note_edit.cancel": ("Sluiten zonder iets te veranderen",
                             "Close without changing anything"),
}
