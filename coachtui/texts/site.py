"""Texts of the site view over several journals: the screen, its keys, and the command's
team-goal and calibration lines (the command's first lines are in the replica area)."""

TEXTS = {
    # the command's extra lines
    "site.cli.goal": (
        "  teamdoel {metric} {target} ({start} t/m {end}): team {figure} in {month}, "
        "{verdict}; {on} van {of} medewerkers op doel",
        "  team goal {metric} {target} ({start} to {end}): team {figure} in {month}, "
        "{verdict}; {on} of {of} agents on target"),
    "site.cli.goal_no_figure": (
        "  teamdoel {metric} {target} ({start} t/m {end}): nog geen cijfers van het team",
        "  team goal {metric} {target} ({start} to {end}): no team figures yet"),
    "site.verdict.met": ("gehaald", "met"),
    "site.verdict.not_met": ("niet gehaald", "not met"),
    "site.irr": (
        "Kalibratie: IRR {latest} in de laatste ronde ({date}, {lead}), {overall} over alle "
        "{rounds} rondes.",
        "Calibration: IRR {latest} in the latest round ({date}, {lead}), {overall} over all "
        "{rounds} rounds."),
    "site.irr_none": ("Kalibratie: geen kalibratierondes in deze journalen.",
                      "Calibration: no calibration rounds in these journals."),
    "site.unknown_lead": ("teamleider onbekend", "team lead unknown"),
    # the screen
    "site.screen.title": ("Overzicht van de teams · gesprekken over {month}",
                          "Site overview · talks about {month}"),
    "site.screen.loading": ("{count} journalen worden gelezen…",
                            "Reading {count} journals…"),
    "site.screen.empty": (
        "Er zijn nog geen journalen voor dit overzicht. Noem ze, gescheiden door een "
        "puntkomma, in de instelling site.journals, bijvoorbeeld:\n"
        "coachtui config set site.journals \"/gedeeld/anne.db; file:///gedeeld/replica-bram\"\n"
        "Een replica-adres (file://, s3://, sftp://) wordt eerst hersteld in een cachemap; "
        "elk journaal wordt alleen gelezen.",
        "There are no journals for this overview yet. Name them, separated by semicolons, in "
        "the setting site.journals, for example:\n"
        "coachtui config set site.journals \"/shared/anne.db; file:///shared/replica-bram\"\n"
        "A replica address (file://, s3://, sftp://) is restored into a cache folder first; "
        "every journal is only read."),
    "site.screen.totals": (
        "{journals} journalen · {teams} teams · {agents} medewerkers · gesprekken: {done} "
        "gedaan, {due} te doen",
        "{journals} journals · {teams} teams · {agents} agents · talks: {done} done, "
        "{due} due"),
    "site.screen.irr": (
        "Kalibratie (IRR): laatste ronde {latest} op {date} ({lead}) · alle {rounds} rondes "
        "{overall}",
        "Calibration (IRR): latest round {latest} on {date} ({lead}) · all {rounds} rounds "
        "{overall}"),
    "site.screen.irr_none": ("Kalibratie (IRR): geen kalibratierondes in deze journalen.",
                             "Calibration (IRR): no calibration rounds in these journals."),
    "site.screen.goals_reading": ("Teamdoelen: worden nog gelezen…",
                                  "Team goals: still being read…"),
    "site.screen.goals": ("Lopende teamdoelen: {count}, gehaald volgens het teamcijfer: {met}",
                          "Team goals in force: {count}, met by the team's figure: {met}"),
    "site.screen.goals_none": ("Teamdoelen: geen lopende teamdoelen.",
                               "Team goals: none in force."),
    "site.screen.none_read": ("Geen van de journalen kon gelezen worden.",
                              "None of the journals could be read."),
    "site.screen.team": (
        "{team} · {lead} · {agents} medewerkers · gesprekken {done} gedaan / {due} te doen",
        "{team} · {lead} · {agents} agents · talks {done} done / {due} due"),
    "site.screen.col.metric": ("Meetwaarde", "Metric"),
    "site.screen.col.on_target": ("Op doel", "On target"),
    "site.screen.col.goal": ("Teamdoel", "Team goal"),
    "site.screen.col.figure": ("Teamcijfer", "Team figure"),
    "site.screen.of": ("{count} van {agents}", "{count} of {agents}"),
    "site.screen.agent_view": (
        "Het overzicht van de teams is niet voor de medewerker; verlaat eerst de "
        "meekijkstand (F2).",
        "The site overview is not for the agent's eyes; leave agent view first (F2)."),
    "site.palette": ("Teams", "Site"),
    "key.site.refresh": ("Opnieuw lezen", "Refresh"),
    "tip.site.refresh": ("Lees de journalen (en replica's) opnieuw",
                         "Read the journals (and replicas) again"),
    "key.site.back": ("Terug", "Back"),
    "tip.site.back": ("Terug naar het team", "Back to the team"),
    "key.team.site": ("Teams", "Site"),
    "tip.team.site": ("Het overzicht over de journalen van meerdere teamleiders (alleen lezen)",
                      "The overview over several team leads' journals (read-only)"),
    "palette.team.site": ("Overzicht van de teams", "Site overview"),
    "settings.why.site_journals": (
        "noem journaalbestanden of replica-adressen (file://, s3://, sftp://), gescheiden "
        "door ;",
        "name journal files or replica addresses (file://, s3://, sftp://), separated by ;"),
}
