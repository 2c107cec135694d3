"""Texts of the services' refusals: months, exports, note corrections."""

TEXTS = {
    "services.bad_month": (
        "{option} '{value}' is geen maand; schrijf die als JJJJ-MM, bijvoorbeeld 2026-10.",
        "{option} '{value}' is not a month; write it as YYYY-MM, for example 2026-10.",
    ),
    "services.unknown_format": (
        "Onbekend formaat '{value}'; mogelijk zijn: {known}.",
        "Unknown format '{value}'; possible are: {known}.",
    ),
    "services.export_draft_refused": (
        "Gesprek {id} is een concept en nog niet ondertekend; voeg --draft toe om het met "
        "het stempel CONCEPT te exporteren.",
        "Session {id} is a draft and not signed yet; add --draft to export it stamped DRAFT.",
    ),
    "services.no_such_folder": (
        "Kan {path} niet schrijven: de map {folder} bestaat niet.",
        "Cannot write {path}: the folder {folder} does not exist.",
    ),
    "services.note_empty": (
        "Een notitie zonder tekst kan niet; typ iets of druk op Esc.",
        "A note needs some text; type something or press Escape.",
    ),
    "services.note_gone": (
        "Deze notitie bestaat niet meer (in een ander venster verwijderd?).",
        "This note no longer exists (deleted in another window?).",
    ),
}
