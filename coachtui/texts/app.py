"""Texts of the App frame: global keys, agent view, language, confirmations."""

TEXTS = {
    "app.title": ("coachtui", "coachtui"),
    "key.app.quick_note": ("Notitie", "Note"),
    "key.app.agent_view": ("Meekijken", "Agent view"),
    "key.app.language": ("English", "Nederlands"),
    "key.app.quit": ("Stop", "Quit"),
    "app.badge.agent_view": ("MEDEWERKERWEERGAVE · privé-notities verborgen",
                             "AGENT VIEW · private notes hidden"),
    "app.confirm.leave_agent_view": (
        "Medewerkerweergave verlaten? Daarna zijn privé-notities weer zichtbaar.",
        "Leave agent view? Private notes will be visible again.",
    ),
    "app.confirm.yes": ("Ja (j)", "Yes (y)"),
    "app.confirm.no": ("Nee (n)", "No (n)"),
    "app.changed_elsewhere": ("Bijgewerkt met wijzigingen uit een ander venster.",
                              "Updated with changes from another window."),
    "app.agent_view_needs_agent": ("Open eerst een medewerker; de medewerkerweergave toont "
                                   "alleen diens eigen gegevens.",
                                   "Open an agent first; agent view shows only their own data."),
    "app.palette.app": ("App", "App"),
}
