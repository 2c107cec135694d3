"""Texts of the command line."""

TEXTS = {
    "cli.no_agents": ("Nog geen medewerkers in het journaal.", "No agents in the journal yet."),
    "cli.inactive": ("uit dienst", "left"),
    "cli.no_figures": ("Nog geen cijfers voor {name}; importeer ze met `coachtui import`.",
                       "No figures for {name} yet; import them with `coachtui import`."),
    "cli.no_sessions": ("Geen gesprekken gevonden.", "No sessions found."),
    "cli.demo_exists": (
        "Er staat al een journaal op {path}; gebruik --force om het te overschrijven.",
        "There is already a journal at {path}; use --force to overwrite it.",
    ),
    "cli.demo_written": (
        "Demojournaal geschreven naar {path}: {agents} medewerkers, {sessions} gesprekken.",
        "Demo journal written to {path}: {agents} agents, {sessions} sessions.",
    ),
}
