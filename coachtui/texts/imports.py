"""Texts of figure imports: files through mapping profiles, Zendesk and Help Scout."""

TEXTS = {
    # refusals (one sentence, nothing written)
    "imports.bad_value": (
        "{file}, regel {line}, kolom '{column}': '{value}' is {reason}; er is niets opgeslagen.",
        "{file}, line {line}, column '{column}': '{value}' is {reason}; nothing was written.",
    ),
    "imports.why.number": ("geen getal", "not a number"),
    "imports.why.percent": ("geen percentage", "not a percentage"),
    "imports.why.percent_here": ("een percentage waar een getal hoort",
                                 "a percentage where a plain number belongs"),
    "imports.why.count": ("geen heel, positief aantal", "not a whole, positive count"),
    "imports.why.duration": ("geen tijdsduur (zoals 01:02:03 of seconden)",
                             "not a duration (such as 01:02:03 or seconds)"),
    "imports.why.bool": ("geen ja/nee-waarde", "not a yes/no value"),
    "imports.why.month": ("geen maand (zoals 2026-10, okt-2026 of oktober 2026)",
                          "not a month (such as 2026-10, Oct-2026 or October 2026)"),
    "imports.why.email": ("geen e-mailadres", "not an e-mail address"),
    "imports.why.agent_id": ("geen medewerkernummer", "not an agent id"),
    "imports.no_file": ("Het bestand {file} bestaat niet.", "The file {file} does not exist."),
    "imports.file_unreadable": ("Het bestand {file} kan niet worden gelezen ({error}).",
                                "The file {file} cannot be read ({error})."),
    "imports.empty_file": ("Het bestand {file} is leeg; er is niets opgeslagen.",
                           "The file {file} is empty; nothing was written."),
    "imports.not_text": (
        "Het bestand {file} is geen CSV-tekst (UTF-8 of Windows-1252) en geen Excel-bestand.",
        "The file {file} is neither CSV text (UTF-8 or Windows-1252) nor an Excel workbook.",
    ),
    "imports.csv_broken": ("{file}, regel {line}: de CSV is beschadigd ({reason}); er is "
                           "niets opgeslagen.",
                           "{file}, line {line}: the CSV is damaged ({reason}); nothing was "
                           "written."),
    "imports.csv.field_too_long": ("een veld is langer dan een CSV-veld mag zijn",
                                   "a field is longer than a CSV field may be"),
    "imports.csv.nul": ("er staat een NUL-teken in de regel", "the line holds a NUL character"),
    "imports.csv.newline": ("een regeleinde midden in een veld zonder aanhalingstekens",
                            "a line break in the middle of a field without quotes"),
    "imports.csv.unfinished_quote": ("een aanhalingsteken dat nergens wordt gesloten",
                                     "a quote that is never closed"),
    "imports.csv.other": ("de regel volgt de CSV-regels niet", "the line breaks the CSV rules"),
    "imports.os.missing": ("het bestaat niet", "it does not exist"),
    "imports.os.denied": ("geen toestemming om het te lezen", "no permission to read it"),
    "imports.os.folder": ("het is een map, geen bestand", "it is a folder, not a file"),
    "imports.os.not_utf8": ("het is geen UTF-8-tekst", "it is not UTF-8 text"),
    "imports.os.other": ("het systeem kan het niet openen", "the system cannot open it"),
    "imports.xlsx_broken": (
        "Het bestand {file} lijkt op Excel maar kan niet worden gelezen; sla het opnieuw op "
        "als .xlsx of CSV.",
        "The file {file} looks like Excel but cannot be read; save it again as .xlsx or CSV.",
    ),
    "imports.no_sheet": ("{file} heeft geen tabblad '{sheet}' (wel: {sheets}).",
                         "{file} has no sheet '{sheet}' (it has: {sheets})."),
    "imports.no_column": ("{file} heeft geen kolom '{column}' (wel: {columns}).",
                          "{file} has no column '{column}' (it has: {columns})."),
    "imports.no_metric_columns": ("{file} heeft geen enkele kolom die het profiel {profile} "
                                  "kent.",
                                  "{file} has none of the columns the profile {profile} "
                                  "knows."),
    "imports.hours_needs_tickets": (
        "--hours hoort bij een export per ticket; het profiel {profile} leest al cijfers per "
        "medewerker.",
        "--hours goes with a ticket-level export; the profile {profile} already reads "
        "figures per agent.",
    ),
    "imports.hours_month_needed": ("{file} heeft geen maandkolom; geef de maand op met "
                                   "--month JJJJ-MM.",
                                   "{file} has no month column; give the month with "
                                   "--month YYYY-MM."),
    "imports.duplicate_row": (
        "{file}, regel {line}: {agent} staat voor {month} al op regel {first}; er is niets "
        "opgeslagen.",
        "{file}, line {line}: {agent} already appears for {month} on line {first}; nothing "
        "was written.",
    ),
    "imports.month_needed": (
        "Het profiel {profile} heeft geen maandkolom; geef de maand op met --month JJJJ-MM.",
        "The profile {profile} has no month column; give the month with --month YYYY-MM.",
    ),
    "imports.profile_unknown": ("Er is geen profiel '{name}'; kies uit: {names}, of geef een "
                                "pad naar een .toml-bestand.",
                                "There is no profile '{name}'; choose from {names}, or give "
                                "the path of a .toml file."),
    "imports.profile_unreadable": ("Het profiel {path} kan niet worden gelezen ({error}).",
                                   "The profile {path} cannot be read ({error})."),
    "imports.profile_toml": ("Het profiel {profile} is geen geldige TOML: {error}.",
                             "The profile {profile} is not valid TOML: {error}."),
    "imports.profile_setting": ("Het profiel {profile} heeft een onbekende of verkeerde "
                                "instelling '{setting}'.",
                                "The profile {profile} has an unknown or wrong setting "
                                "'{setting}'."),
    "imports.profile_unit": ("Het profiel {profile} geeft {metric} de onbekende eenheid "
                             "'{unit}' (mogelijk: {units}).",
                             "The profile {profile} gives {metric} the unknown unit '{unit}' "
                             "(possible: {units})."),
    "imports.unknown_metric": (
        "Het cijfer '{metric}' bestaat niet in het journaal (wel: {metrics}); er is niets "
        "opgeslagen.",
        "The metric '{metric}' does not exist in the journal (it has: {metrics}); nothing "
        "was written.",
    ),
    "imports.agent_ambiguous": ("De naam '{name}' past bij meer dan één medewerker ({emails}); "
                                "gebruik een profiel dat op e-mail zoekt.",
                                "The name '{name}' matches more than one agent ({emails}); use "
                                "a profile that matches by e-mail."),
    # connectors
    "imports.no_credentials": (
        "Geen inloggegevens voor {vendor}: zet {variables} (of bewaar ze in de keyring).",
        "No credentials for {vendor}: set {variables} (or store them in the keyring).",
    ),
    "imports.unauthorized": ("{vendor} weigert de inloggegevens; controleer {variables}.",
                             "{vendor} refused the credentials; check {variables}."),
    "imports.forbidden": ("{vendor} geeft dit account geen toegang tot {what}.",
                          "{vendor} does not give this account access to {what}."),
    "imports.not_found": ("{vendor} kent het adres {url} niet; controleer het subdomein of "
                          "--base-url.",
                          "{vendor} does not know the address {url}; check the subdomain or "
                          "--base-url."),
    "imports.unreachable": ("{vendor} is niet bereikbaar op {url}; controleer het subdomein, "
                            "--base-url of de internetverbinding.",
                            "{vendor} cannot be reached at {url}; check the subdomain, "
                            "--base-url or the network connection."),
    "imports.gave_up": (
        {"by": "attempts",
         "one": "{vendor} bleef na {attempts} poging fouten geven ({detail}); er is niets "
                "opgeslagen, probeer het later opnieuw.",
         "other": "{vendor} bleef na {attempts} pogingen fouten geven ({detail}); er is niets "
                  "opgeslagen, probeer het later opnieuw."},
        {"by": "attempts",
         "one": "{vendor} kept failing after {attempts} attempt ({detail}); nothing was written, "
                "try again later.",
         "other": "{vendor} kept failing after {attempts} attempts ({detail}); nothing was "
                  "written, try again later."}),
    "imports.http_error": ("{vendor} antwoordde met fout {status} op {url}; er is niets "
                           "opgeslagen.",
                           "{vendor} answered with error {status} for {url}; nothing was "
                           "written."),
    "imports.bad_answer": ("{vendor} gaf een antwoord dat coachtui niet begrijpt ({url}).",
                           "{vendor} sent an answer coachtui does not understand ({url})."),
    "imports.helpscout_plan": (
        "Help Scout geeft geen rapporten voor dit account: daarvoor is een Plus- of "
        "Pro-abonnement nodig.",
        "Help Scout gives this account no reports: they need a Plus or Pro plan.",
    ),
    "imports.team_remembered_group": (
        "Alleen groep {id}, zoals de vorige keer gekozen (--group 0: alle groepen).",
        "Only group {id}, as chosen last time (--group 0: every group)."),
    "imports.team_remembered_mailbox": (
        "Alleen mailbox {id}, zoals de vorige keer gekozen (--mailbox 0: alle mailboxen).",
        "Only mailbox {id}, as chosen last time (--mailbox 0: every mailbox)."),
    "imports.progress_share": ("gelezen: {percent}%", "read: {percent}%"),
    "imports.progress_requests": ("aanvragen gedaan: {count}", "requests made: {count}"),
    "imports.bad_timezone": ("{value} is geen tijdzone; gebruik een naam als Europe/Amsterdam.",
                             "{value} is not a time zone; use a name such as "
                             "Europe/Amsterdam."),
    "imports.zendesk_not_admin": (
        "De Zendesk-token hoort bij {email} (rol {role}); de ticketexport en de "
        "klantbeoordelingen vragen de token van een beheerder.",
        "The Zendesk token belongs to {email} (role {role}); the ticket export and the "
        "customer ratings need an admin's token."),
    "imports.what.reports": ("de rapporten", "the reports"),
    "imports.what.tickets": ("de tickets", "the tickets"),
    # warnings shown with the plan
    "imports.note.rows_without_agent": (
        {"one": "{count} rij zonder medewerker (of totaalrij) overgeslagen.",
         "other": "{count} rijen zonder medewerker (of totaalrijen) overgeslagen."},
        {"one": "{count} row without an agent (or total row) skipped.",
         "other": "{count} rows without an agent (or total rows) skipped."}),
    "imports.note.other_months": (
        {"one": "{count} rij uit een andere maand dan {month} overgeslagen.",
         "other": "{count} rijen uit een andere maand dan {month} overgeslagen."},
        {"one": "{count} row from a month other than {month} skipped.",
         "other": "{count} rows from months other than {month} skipped."}),
    "imports.note.undated": (
        {"one": "{count} opgelost ticket zonder datum overgeslagen.",
         "other": "{count} opgeloste tickets zonder datum overgeslagen."},
        {"one": "{count} solved ticket without a date skipped.",
         "other": "{count} solved tickets without a date skipped."}),
    "imports.note.unjudged": (
        {"one": "{count} opgelost ticket zonder aantal antwoorden telt niet mee voor FTR.",
         "other": "{count} opgeloste tickets zonder aantal antwoorden tellen niet mee voor FTR."},
        {"one": "{count} solved ticket without a reply count is left out of FTR.",
         "other": "{count} solved tickets without a reply count are left out of FTR."}),
    "imports.note.unknown_ratings": (
        {"one": "{count} beoordeling met een onbekende waarde ({words}) niet geteld.",
         "other": "{count} beoordelingen met een onbekende waarde ({words}) niet geteld."},
        {"one": "{count} rating with an unknown value ({words}) not counted.",
         "other": "{count} ratings with an unknown value ({words}) not counted."}),
    "imports.note.hours_unknown": ("Gewerkte uren zijn onbekend, dus tickets per uur blijft "
                                   "leeg.",
                                   "Hours worked are unknown, so tickets per hour stays "
                                   "empty."),
    "imports.note.hours_missing": (
        {"one": "Geen gewerkte uren voor {count} medewerker ({names}); de tickets per uur "
                "blijven daar leeg.",
         "other": "Geen gewerkte uren voor {count} medewerkers ({names}); hun tickets per uur "
                  "blijft leeg."},
        {"one": "No hours worked for {count} agent ({names}); their tickets per hour stays empty.",
         "other": "No hours worked for {count} agents ({names}); their tickets per hour stays "
                  "empty."}),
    "imports.note.unknown_agents": (
        {"one": "{count} onbekende medewerker overgeslagen: {names}.",
         "other": "{count} onbekende medewerkers overgeslagen: {names}."},
        {"one": "{count} unknown agent skipped: {names}.",
         "other": "{count} unknown agents skipped: {names}."}),
    "imports.note.signed_kept": (
        {"one": "{count} cijfer hoort bij een maand met een getekend gesprek; dat verslag houdt "
                "de waarde waarmee getekend is: {figures}.",
         "other": "{count} cijfers horen bij een maand met een getekend gesprek; dat verslag "
                  "houdt de waarde waarmee getekend is: {figures}."},
        {"one": "{count} figure belongs to a month with a signed talk; signed talks keep the old "
                "value: {figures}.",
         "other": "{count} figures belong to a month with a signed talk; signed talks keep the "
                  "old value: {figures}."}),
    "imports.note.kept_values": (
        {"one": "{count} lege cel overschrijft geen bestaand cijfer.",
         "other": "{count} lege cellen overschrijven geen bestaande cijfers."},
        {"one": "{count} empty cell leaves an existing figure as it is.",
         "other": "{count} empty cells leave existing figures as they are."}),
    "imports.note.controls_lines": (
        {"one": "{count} rij heeft stuurtekens in een naam of e-mailadres (regel {lines}); die "
                "wordt met zichtbare tekens getoond en opgeslagen zoals hij binnenkwam.",
         "other": "{count} rijen hebben stuurtekens in een naam of e-mailadres (regel {lines}); "
                  "ze worden met zichtbare tekens getoond en opgeslagen zoals ze binnenkwamen."},
        {"one": "{count} row carries control characters in a name or e-mail (line {lines}); it "
                "is shown with visible marks and stored as it came.",
         "other": "{count} rows carry control characters in a name or e-mail (line {lines}); "
                  "they are shown with visible marks and stored as they came."}),
    "imports.note.controls_agents": (
        {"one": "{count} medewerker heeft stuurtekens in de naam of het e-mailadres ({names}); "
                "die worden met zichtbare tekens getoond en opgeslagen zoals ze binnenkwamen.",
         "other": "{count} medewerkers hebben stuurtekens in hun naam of e-mailadres ({names}); "
                  "ze worden met zichtbare tekens getoond en opgeslagen zoals ze binnenkwamen."},
        {"one": "{count} agent carries control characters in their name or e-mail ({names}); "
                "they are shown with visible marks and stored as they came.",
         "other": "{count} agents carry control characters in their name or e-mail ({names}); "
                  "they are shown with visible marks and stored as they came."}),
    "imports.note.ignored_users": (
        {"one": "{count} beheerder of niet-medewerker genegeerd.",
         "other": "{count} beheerders of niet-medewerkers genegeerd."},
        {"one": "{count} admin or non-agent ignored.",
         "other": "{count} admins or non-agents ignored."}),
    # command-line report
    "imports.header": (
        {"by": "rows",
         "one": "Import uit {source}: {rows} rij gelezen.",
         "other": "Import uit {source}: {rows} rijen gelezen."},
        {"by": "rows",
         "one": "Import from {source}: {rows} row read.",
         "other": "Import from {source}: {rows} rows read."}),
    "imports.header_api": ("Import uit {source} voor {month}.",
                           "Import from {source} for {month}."),
    "imports.new_agents": ("Nieuwe medewerkers ({count}):", "New agents ({count}):"),
    "imports.changes": ("Wijzigingen ({count}):", "Changes ({count}):"),
    "imports.new_value": ("nieuw", "new"),
    "imports.unchanged": (
        {"one": "{count} cijfer was al gelijk.",
         "other": "{count} cijfers waren al gelijk."},
        {"one": "{count} figure was already the same.",
         "other": "{count} figures were already the same."}),
    "imports.warnings": ("Let op:", "Note:"),
    "imports.nothing": ("Niets te wijzigen: het journaal heeft deze cijfers al.",
                        "Nothing to change: the journal already has these figures."),
    "imports.dry_run": ("Proefrun: er is niets opgeslagen.", "Dry run: nothing was written."),
    "imports.written": (
        {"by": "figures",
         "one": "Opgeslagen: {figures} cijfer; nieuwe medewerkers: {agents}.",
         "other": "Opgeslagen: {figures} cijfers; nieuwe medewerkers: {agents}."},
        {"by": "figures",
         "one": "Written: {figures} figure; new agents: {agents}.",
         "other": "Written: {figures} figures; new agents: {agents}."}),
}
