"""Texts of the settings (file, `coachtui config`, the settings screen) and the first run."""

TEXTS = {
    # -- refusals ---------------------------------------------------------------------------
    "settings.unknown_key": ("Er bestaat geen instelling {setting}; kies uit {keys}.",
                             "There is no setting called {setting}; choose from {keys}."),
    "settings.bad_value": ("{setting} kan niet {value} zijn: {reason}.",
                           "{setting} cannot be {value}: {reason}."),
    "settings.why.name_long": ("een naam heeft hoogstens 100 tekens",
                               "a name has at most 100 characters"),
    "settings.why.name_control": ("er staan stuurtekens in", "it holds control characters"),
    "settings.why.lang": ("kies nl of en", "choose nl or en"),
    "settings.why.timezone": ("dat is geen IANA-tijdzone zoals Europe/Amsterdam",
                              "that is not an IANA time zone such as Europe/Amsterdam"),
    "settings.why.folder_empty": ("geef een map", "name a folder"),
    "settings.why.folder_file": ("dat is een bestand, geen map", "that is a file, not a folder"),
    "settings.why.theme": ("dat is geen thema van Textual (zie het palet: Thema wijzigen)",
                           "that is not one of Textual's themes (see the palette: "
                           "Change theme)"),
    "settings.why.replica": ("een replica begint met file://, s3:// of sftp://",
                             "a replica starts with file://, s3:// or sftp://"),
    "settings.unreadable": ("Het instellingenbestand {path} kan niet gelezen worden ({reason}).",
                            "The settings file {path} cannot be read ({reason})."),
    "settings.not_toml": ("Het instellingenbestand {path} is geen geldige TOML ({reason}); "
                          "herstel of verwijder het.",
                          "The settings file {path} is not valid TOML ({reason}); fix or "
                          "delete it."),
    "settings.not_text": ("In het instellingenbestand {path} moet {setting} tekst tussen "
                          "aanhalingstekens zijn, niet {value}.",
                          "In the settings file {path}, {setting} must be text in quotes, "
                          "not {value}."),
    "settings.unwritable": ("Het instellingenbestand {path} kan niet geschreven worden "
                            "({reason}); er is niets gewijzigd.",
                            "The settings file {path} cannot be written ({reason}); nothing "
                            "was changed."),
    # -- coachtui config --------------------------------------------------------------------
    "settings.cli.file": ("Instellingenbestand: {path}", "Settings file: {path}"),
    "settings.cli.unset": ("(niet ingesteld)", "(not set)"),
    "settings.cli.saved": ("{setting} is nu {value} (opgeslagen in {path}).",
                           "{setting} is now {value} (saved in {path})."),
    "settings.cli.removed": ("{setting} is niet meer ingesteld (opgeslagen in {path}).",
                             "{setting} is no longer set (saved in {path})."),
    # -- the settings screen ----------------------------------------------------------------
    "settings_ui.title": ("Instellingen", "Settings"),
    "settings_ui.file": ("Elke wijziging wordt meteen bewaard in {path}.",
                         "Every change is saved at once in {path}."),
    "settings_ui.lead_name": ("Je naam (staat als handtekening klaar bij elk gesprek)",
                              "Your name (ready as your signature in every talk)"),
    "settings_ui.lang": ("Taal", "Language"),
    "settings_ui.timezone": ("Tijdzone (IANA, bijv. Europe/Amsterdam; leeg: die van de "
                             "computer)",
                             "Time zone (IANA, e.g. Europe/Amsterdam; empty: the computer's)"),
    "settings_ui.exports": ("Map voor exports (leeg: je map Documenten)",
                            "Folder for exports (empty: your Documents folder)"),
    "settings_ui.theme": ("Thema", "Theme"),
    "settings_ui.keys": ("Tab en Shift+Tab gaan naar het volgende of vorige veld; Enter opent "
                         "een keuzelijst.",
                         "Tab and Shift+Tab move to the next or previous field; Enter opens "
                         "a list."),
    "settings_ui.saved": ("Bewaard.", "Saved."),
    "settings_ui.cleared": ("Bewaard: niet ingesteld.", "Saved: not set."),
    "settings_ui.theme_unsaved": ("Het thema kon niet bewaard worden: {reason}",
                                  "The theme could not be saved: {reason}"),
    "settings_ui.lang_unsaved": ("De taal kon niet bewaard worden: {reason}",
                                 "The language could not be saved: {reason}"),
    "settings_ui.folder_unsaved": ("De importmap kon niet onthouden worden: {reason}",
                                   "The import folder could not be remembered: {reason}"),
    # footer keys, palette entries
    "key.settings.back": ("Terug", "Back"),
    "tip.settings.back": ("Terug naar waar je was (alles is al bewaard)",
                          "Back to where you were (everything is saved already)"),
    "key.team.settings": ("Opties", "Settings"),
    "palette.team.settings": ("Instellingen", "Settings"),
    "tip.team.settings": ("Je naam, taal, tijdzone, exportmap en thema",
                          "Your name, language, time zone, export folder and theme"),
    "key.team.import": ("Import", "Import"),
    "palette.team.import": ("Team en cijfers importeren", "Import a team and figures"),
    "tip.team.import": ("Medewerkers en cijfers uit een bestand of helpdesk halen",
                        "Bring in agents and figures from a file or a helpdesk"),
    # -- the first run ----------------------------------------------------------------------
    "first_run.journal_created": ("Er was nog geen journaal op {path}; er is een nieuw, leeg "
                                  "journaal gemaakt.",
                                  "There was no journal at {path} yet; a new, empty journal "
                                  "was created."),
    "first_run.title": ("Welkom! Dit journaal is nog leeg.",
                        "Welcome! This journal is still empty."),
    "first_run.add_agent": ("  a   een medewerker toevoegen", "  a   add an agent"),
    "first_run.import": ("  i   een team en cijfers importeren uit een bestand of helpdesk",
                         "  i   import a team and figures from a file or a helpdesk"),
    "first_run.settings": ("  ,   instellingen: je naam, taal, tijdzone, exportmap en thema",
                           "  ,   settings: your name, language, time zone, export folder "
                           "and theme"),
}
