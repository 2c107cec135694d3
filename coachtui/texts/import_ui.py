"""Texts of the import screen in the TUI (the sentences of the import itself: imports.py)."""

TEXTS = {
    "import_ui.title": ("Cijfers importeren", "Import figures"),
    "import_ui.month": ("Maand (JJJJ-MM)", "Month (YYYY-MM)"),
    "import_ui.month_file_hint": (
        "Bij een bestand: leeg laten leest alle maanden die erin staan.",
        "For a file: leave it empty to read every month in it.",
    ),
    "import_ui.tab.file": ("Bestand", "File"),
    "import_ui.tab.zendesk": ("Zendesk", "Zendesk"),
    "import_ui.tab.helpscout": ("Help Scout", "Help Scout"),
    "import_ui.path": ("Bestand (CSV of XLSX; Tab vult de naam aan, Ctrl+T bladert)",
                       "File (CSV or XLSX; Tab completes the name, Ctrl+T browses)"),
    "import_ui.profile": ("Profiel: welke kolom wat is", "Profile: which column holds what"),
    "import_ui.hours": ("Gewerkte uren (optioneel: WFM-export, alleen bij een export per ticket)",
                        "Hours worked (optional: WFM export, only with a ticket-level export)"),
    "import_ui.subdomain": ("Subdomein (acme voor acme.zendesk.com)",
                            "Subdomain (acme for acme.zendesk.com)"),
    "import_ui.base_url": ("Ander adres (optioneel)", "Other address (optional)"),
    "import_ui.zendesk_hint": (
        "Inloggegevens komen uit COACHTUI_ZENDESK_EMAIL en COACHTUI_ZENDESK_TOKEN of uit de "
        "keyring; coachtui bewaart ze nergens.",
        "Credentials come from COACHTUI_ZENDESK_EMAIL and COACHTUI_ZENDESK_TOKEN or from the "
        "keyring; coachtui never stores them.",
    ),
    "import_ui.helpscout_hint": (
        "Inloggegevens komen uit COACHTUI_HELPSCOUT_CLIENT_ID en "
        "COACHTUI_HELPSCOUT_CLIENT_SECRET of uit de keyring; coachtui bewaart ze nergens.",
        "Credentials come from COACHTUI_HELPSCOUT_CLIENT_ID and "
        "COACHTUI_HELPSCOUT_CLIENT_SECRET or from the keyring; coachtui never stores them.",
    ),
    "import_ui.form_hint": ("Enter of Ctrl+S toont wat er verandert; er wordt nog niets "
                            "opgeslagen.",
                            "Enter or Ctrl+S shows what would change; nothing is saved yet."),
    "import_ui.planning": ("Bron lezen en vergelijken met het journaal…",
                           "Reading the source and comparing it with the journal…"),
    "import_ui.summary": ("Cijfers die veranderen: {changes} · nieuwe medewerkers: {agents} "
                          "· al gelijk: {unchanged}",
                          "Figures that change: {changes} · new agents: {agents} · already "
                          "the same: {unchanged}"),
    "import_ui.col.agent": ("Medewerker", "Agent"),
    "import_ui.col.month": ("Maand", "Month"),
    "import_ui.col.metric": ("Cijfer", "Metric"),
    "import_ui.col.old": ("Oud", "Old"),
    "import_ui.col.new": ("Nieuw", "New"),
    "import_ui.new_agent": ("{name} (nieuw)", "{name} (new)"),
    "import_ui.preview_hint": ("Enter of Ctrl+S slaat op; Escape gaat terug zonder iets op te "
                               "slaan.",
                               "Enter or Ctrl+S saves; Escape goes back without saving "
                               "anything."),
    "import_ui.nothing_hint": ("Escape gaat terug.", "Escape goes back."),
    "import_ui.figures.one": ("1 cijfer", "1 figure"),
    "import_ui.figures.many": ("{n} cijfers", "{n} figures"),
    "import_ui.agents.one": ("1 nieuwe medewerker", "1 new agent"),
    "import_ui.agents.many": ("{n} nieuwe medewerkers", "{n} new agents"),
    "import_ui.confirm": ("{figures} opslaan?", "Save {figures}?"),
    "import_ui.confirm_agents": ("{figures} opslaan en {agents} toevoegen?",
                                 "Save {figures} and add {agents}?"),
    "import_ui.saving": ("Opslaan…", "Saving…"),
    "import_ui.saved": ("{figures} opgeslagen.", "{figures} saved."),
    "import_ui.saved_agents": ("{figures} opgeslagen, {agents} toegevoegd.",
                               "{figures} saved, {agents} added."),
    "import_ui.bad_month": ("De maand '{value}' is geen maand als 2026-10; er is niets "
                            "opgeslagen.",
                            "The month '{value}' is not a month like 2026-10; nothing was "
                            "written."),
    "import_ui.need_month": ("Geef de maand op (JJJJ-MM) om uit {vendor} te halen.",
                             "Give the month (YYYY-MM) to fetch from {vendor}."),
    "import_ui.need_path": ("Geef het bestand op dat je wilt importeren.",
                            "Give the file you want to import."),
    "import_ui.need_subdomain": ("Geef het Zendesk-subdomein op (acme voor acme.zendesk.com).",
                                 "Give the Zendesk subdomain (acme for acme.zendesk.com)."),
    "import_ui.unreadable": ("{file} kan niet worden gelezen ({error}); er is niets "
                             "opgeslagen.",
                             "{file} cannot be read ({error}); nothing was written."),
    "import_ui.browse_hint": ("Kies het bestand: pijltjes bewegen, Enter kiest, Escape "
                              "annuleert.",
                              "Choose the file: arrows move, Enter picks, Escape cancels."),
    "import_ui.tab.freshdesk": ("Freshdesk", "Freshdesk"),
    "import_ui.domain": ("Domein (acme voor acme.freshdesk.com)",
                         "Domain (acme for acme.freshdesk.com)"),
    "import_ui.need_domain": ("Geef het Freshdesk-domein op (acme voor acme.freshdesk.com).",
                              "Give the Freshdesk domain (acme for acme.freshdesk.com)."),
    "import_ui.freshdesk_hint": (
        "De API-sleutel komt uit COACHTUI_FRESHDESK_API_KEY of uit de keyring; coachtui "
        "bewaart hem nergens en vraagt er hier niet om.",
        "The API key comes from COACHTUI_FRESHDESK_API_KEY or from the keyring; coachtui "
        "never stores it and does not ask for it here.",
    ),
    "import_ui.team.group": ("Groep: alleen je eigen team (Ctrl+G haalt de lijst op)",
                             "Group: only your own team (Ctrl+G fetches the list)"),
    "import_ui.team.mailbox": ("Mailbox: alleen je eigen team (Ctrl+G haalt de lijst op)",
                               "Mailbox: only your own team (Ctrl+G fetches the list)"),
    "import_ui.team_everyone": ("Iedereen (geen filter)", "Everyone (no filter)"),
    "import_ui.team_remembered": ("{name} (vorige keer gekozen)", "{name} (chosen last time)"),
    "import_ui.team_loading": ("Lijst ophalen uit {vendor}…", "Fetching the list from {vendor}…"),
    "import_ui.team_loaded": ("{vendor} gaf {count} om uit te kiezen.",
                              "{vendor} gave {count} to choose from."),
    "import_ui.team_none": ("{vendor} gaf geen groepen of mailboxen; de import neemt iedereen.",
                            "{vendor} gave no groups or mailboxes; the import takes everyone."),
    "import_ui.col.tick": ("Mee", "Save"),
    "import_ui.col.email": ("E-mail", "E-mail"),
    "import_ui.col.kind": ("Wat", "What"),
    "import_ui.col.figures": ("Cijfers", "Figures"),
    "import_ui.person.new": ("nieuw", "new"),
    "import_ui.person.update": ("bijwerken", "update"),
    "import_ui.people_summary": ("Medewerkers aangevinkt: {ticked} van {total}",
                                 "Agents ticked: {ticked} of {total}"),
    "import_ui.people_hint": ("Spatie vinkt de medewerker op de regel aan of uit; wie uit "
                              "staat, wordt niet toegevoegd en krijgt geen cijfers. Tab gaat "
                              "naar de cijfers.",
                              "Space ticks or unticks the agent on the line; who is unticked "
                              "is not added and gets no figures. Tab moves to the figures."),
    "import_ui.nothing_ticked": ("Niemand aangevinkt: er valt niets op te slaan.",
                                 "Nobody ticked: there is nothing to save."),
    "import_ui.unticked": ("{name} (uit)", "{name} (off)"),
    # footer and command palette
    "key.import.plan": ("Toon wijzigingen", "Preview"),
    "key.import.apply": ("Opslaan", "Save"),
    "key.import.apply_enter": ("Opslaan", "Save"),
    "key.import.back": ("Terug", "Back"),
    "key.import.browse": ("Bladeren", "Browse"),
    "key.picker.cancel": ("Annuleren", "Cancel"),
    "key.import.complete": ("Aanvullen", "Complete"),
    "key.import.teams": ("Teams ophalen", "Fetch teams"),
    "key.import.toggle": ("Aan/uit", "Tick/untick"),
    "tip.import.teams": ("De groepen of mailboxen van de helpdesk ophalen om je eigen team te "
                         "kiezen",
                         "Fetch the helpdesk's groups or mailboxes to choose your own team"),
    "tip.import.toggle": ("De medewerker op de regel aan- of uitvinken: wie uit staat, wordt "
                          "niet opgeslagen",
                          "Tick or untick the agent on the line: unticked ones are not saved"),
}
