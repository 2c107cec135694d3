"""Every schema change of the journal, in order. Never edit an applied migration: add one.

A journal written by any earlier version opens because its missing migrations run here.
This module loads sqlite-utils: the Journal imports it only when a migration is pending
or a journal is created (`storage.schema_version` holds the names for everyone else).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from coachtui.storage.schema_version import MIGRATION_NAMES, MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="m001_initial_schema")
def m001_initial_schema(db: Database) -> None:
    """Agents, catalogue, targets, figures, sessions, goals, notes, absences, change log."""
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT NOT NULL UNIQUE,
            team TEXT,
            employment_start TEXT,
            employment_end TEXT,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE metrics (
            key TEXT PRIMARY KEY,
            label_nl TEXT NOT NULL,
            label_en TEXT NOT NULL,
            unit TEXT NOT NULL,
            higher_is_better INTEGER NOT NULL DEFAULT 1,
            decimals INTEGER NOT NULL DEFAULT 1,
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE factors (
            key TEXT PRIMARY KEY,
            label_nl TEXT NOT NULL,
            label_en TEXT NOT NULL,
            description_nl TEXT NOT NULL DEFAULT '',
            description_en TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE targets (
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            metric TEXT NOT NULL REFERENCES metrics(key),
            from_month TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (agent_id, metric, from_month)
        );
        CREATE TABLE figures (
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            month TEXT NOT NULL,
            metric TEXT NOT NULL REFERENCES metrics(key),
            value REAL,
            source TEXT NOT NULL DEFAULT 'manual',
            imported_at TEXT,
            PRIMARY KEY (agent_id, month, metric)
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'monthly',
            month TEXT NOT NULL,
            held_on TEXT,
            status TEXT NOT NULL DEFAULT 'draft',
            learning_point TEXT,
            support TEXT NOT NULL DEFAULT '',
            agreements TEXT NOT NULL DEFAULT '',
            agent_comments TEXT NOT NULL DEFAULT '',
            private_notes TEXT NOT NULL DEFAULT '',
            manager_signature TEXT,
            manager_signed_at TEXT,
            agent_signature TEXT,
            agent_signed_at TEXT,
            step INTEGER NOT NULL DEFAULT 1,
            cursor_field TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX sessions_agent_month ON sessions(agent_id, month);
        CREATE TABLE factor_ratings (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            factor TEXT NOT NULL REFERENCES factors(key),
            rating TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, factor)
        );
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            type TEXT NOT NULL DEFAULT 'development',
            what TEXT NOT NULL DEFAULT '',
            measure TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            why TEXT NOT NULL DEFAULT '',
            support TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            review_remark TEXT NOT NULL DEFAULT '',
            reviewed_in INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            carried_over_from INTEGER REFERENCES goals(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX goals_session ON goals(session_id);
        CREATE INDEX goals_agent ON goals(agent_id);
        CREATE TABLE addenda (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            updated_at TEXT,
            text TEXT NOT NULL,
            factor TEXT REFERENCES factors(key),
            rating TEXT,
            private INTEGER NOT NULL DEFAULT 0,
            contact_ref TEXT,
            channel TEXT,
            relation TEXT
        );
        CREATE INDEX notes_agent_time ON notes(agent_id, created_at);
        CREATE TABLE absences (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            "end" TEXT
        );
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            agent_id INTEGER,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT
        );
        CREATE INDEX change_log_entity ON change_log(entity, entity_id);
        CREATE INDEX change_log_agent ON change_log(agent_id);
        """
    )


@migrations(name="m002_change_log_session")
def m002_change_log_session(db: Database) -> None:
    """Tie change-log rows to the talk they happened in, so a session's history is whole
    (deleted goals, reviews of earlier goals and addenda included)."""
    db.executescript(
        """
        ALTER TABLE change_log ADD COLUMN session_id INTEGER;
        CREATE INDEX change_log_session ON change_log(session_id);
        """
    )


@migrations(name="m003_lighter_change_log")
def m003_lighter_change_log(db: Database) -> None:
    """Every keystroke appends to the change log: keep only the index the talk's history
    needs (session_id). Look-ups by entity or agent (access export, erasure) are rare and
    may scan."""
    db.executescript(
        """
        DROP INDEX IF EXISTS change_log_entity;
        DROP INDEX IF EXISTS change_log_agent;
        """
    )


@migrations(name="m004_signed_records")
def m004_signed_records(db: Database) -> None:
    """Signed means signed: the record of a talk is stored when it is signed and never
    changes. Talks signed before this version get their record stored as it reads now:
    `apply_migrations` does that after the last migration, so the record is read through
    the Journal's current queries on the current schema (later migrations add columns
    those queries read)."""
    from coachtui.storage.signed_records import SCHEMA

    db.executescript(SCHEMA)


@migrations(name="m005_shared_shapes")
def m005_shared_shapes(db: Database) -> None:
    """The shapes the second wave shares: the team's own metrics and factors (factor sets
    for competence phases), team default targets and ended targets, cadence and phase per
    agent, goals with a measure, team KPI goals, kind-specific talk answers and the agent's
    own rating beside the team lead's."""
    db.executescript(
        """
        ALTER TABLE metrics ADD COLUMN origin TEXT NOT NULL DEFAULT 'builtin';
        ALTER TABLE factors ADD COLUMN origin TEXT NOT NULL DEFAULT 'builtin';
        ALTER TABLE factors ADD COLUMN factor_set TEXT;
        ALTER TABLE agents ADD COLUMN cadence TEXT NOT NULL DEFAULT 'monthly';
        ALTER TABLE agents ADD COLUMN phase TEXT;

        CREATE TABLE targets_new (
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            metric TEXT NOT NULL REFERENCES metrics(key),
            from_month TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (agent_id, metric, from_month)
        );
        INSERT INTO targets_new SELECT agent_id, metric, from_month, value FROM targets;
        DROP TABLE targets;
        ALTER TABLE targets_new RENAME TO targets;
        CREATE TABLE team_targets (
            team TEXT NOT NULL,
            metric TEXT NOT NULL REFERENCES metrics(key),
            from_month TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (team, metric, from_month)
        );

        CREATE TABLE team_goals (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            metric TEXT NOT NULL REFERENCES metrics(key),
            target REAL NOT NULL,
            from_month TEXT NOT NULL,
            until_month TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            serves TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        ALTER TABLE goals ADD COLUMN metric TEXT;
        ALTER TABLE goals ADD COLUMN target_value REAL;
        ALTER TABLE goals ADD COLUMN team_goal_id INTEGER REFERENCES team_goals(id)
            ON DELETE SET NULL;
        ALTER TABLE goals ADD COLUMN personal INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE goals ADD COLUMN drop_reason TEXT;
        ALTER TABLE goals ADD COLUMN drop_reason_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN outcome_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN embed_until TEXT;

        ALTER TABLE factor_ratings ADD COLUMN agent_rating TEXT;
        ALTER TABLE factor_ratings ADD COLUMN agent_note TEXT NOT NULL DEFAULT '';
        CREATE TABLE talk_answers (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, field)
        );
        """
    )


@migrations(name="m006_talk_kinds")
def m006_talk_kinds(db: Database) -> None:
    """Talk kinds, the year and preparation: agenda items either side adds before a talk,
    each ticked off in a talk or carried to the next one."""
    db.executescript(
        """
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT 'lead',
            note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            state TEXT,
            state_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL
        );
        CREATE INDEX agenda_items_agent ON agenda_items(agent_id);
        """
    )


@migrations(name="m007_goals_between_talks")
def m007_goals_between_talks(db: Database) -> None:
    """Goals between talks: progress remarks, behaviour goals and their incidents.

    A behaviour goal names the unwanted and the wanted behaviour, how it is registered, a
    threshold per month, the consequence agreed and a follow-up date. Progress remarks and
    incidents are dated rows against a goal (and its agent, so an erasure takes them)."""
    db.executescript(
        """
        ALTER TABLE goals ADD COLUMN unwanted TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN wanted TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN registered_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN threshold INTEGER;
        ALTER TABLE goals ADD COLUMN consequence TEXT NOT NULL DEFAULT '';
        ALTER TABLE goals ADD COLUMN follow_up TEXT;
        CREATE TABLE goal_progress (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX goal_progress_goal ON goal_progress(goal_id);
        CREATE TABLE goal_incidents (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX goal_incidents_goal ON goal_incidents(goal_id);
        """
    )


@migrations(name="m008_quality_monitoring")
def m008_quality_monitoring(db: Database) -> None:
    """The QM form, evaluations, calibration rounds and competence judgements; the `rq`
    metric and the competence phases' skills (factor sets phase-1..phase-3) join the
    catalogue (left alone where the team already has a metric or factor of that key)."""
    db.executescript(
        """
        CREATE TABLE qm_forms (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE qm_criteria (
            form_version INTEGER NOT NULL REFERENCES qm_forms(version) ON DELETE CASCADE,
            key TEXT NOT NULL,
            principle_nl TEXT NOT NULL DEFAULT '',
            principle_en TEXT NOT NULL DEFAULT '',
            label_nl TEXT NOT NULL,
            label_en TEXT NOT NULL,
            definition_nl TEXT NOT NULL,
            definition_en TEXT NOT NULL,
            max INTEGER NOT NULL,
            weight REAL NOT NULL DEFAULT 1,
            knockout INTEGER NOT NULL DEFAULT 0,
            rq INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (form_version, key)
        );
        CREATE TABLE qm_rounds (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            form_version INTEGER NOT NULL REFERENCES qm_forms(version),
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE qm_round_contacts (
            round_id INTEGER NOT NULL REFERENCES qm_rounds(id) ON DELETE CASCADE,
            contact_ref TEXT NOT NULL,
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            agreed_score REAL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (round_id, contact_ref)
        );
        CREATE TABLE qm_evaluations (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER REFERENCES agents(id) ON DELETE CASCADE,
            form_version INTEGER NOT NULL REFERENCES qm_forms(version),
            contact_ref TEXT NOT NULL DEFAULT '',
            channel TEXT,
            scorer TEXT NOT NULL DEFAULT '',
            scored_on TEXT NOT NULL,
            agent_verdict TEXT NOT NULL DEFAULT '',
            round_id INTEGER REFERENCES qm_rounds(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        );
        CREATE INDEX qm_evaluations_agent ON qm_evaluations(agent_id, scored_on);
        CREATE INDEX qm_evaluations_round ON qm_evaluations(round_id);
        CREATE TABLE qm_scores (
            evaluation_id INTEGER NOT NULL REFERENCES qm_evaluations(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            score INTEGER,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, criterion)
        );
        CREATE TABLE qm_calibration_notes (
            round_id INTEGER NOT NULL REFERENCES qm_rounds(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (round_id, criterion)
        );
        CREATE TABLE competence_judgements (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            factor TEXT NOT NULL REFERENCES factors(key),
            judged_on TEXT NOT NULL,
            judgement TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX competence_agent ON competence_judgements(agent_id, judged_on);
        """
    )
    from coachtui.default_catalogue import PHASE_FACTORS, QM_METRICS

    for metric in QM_METRICS:
        row = metric.model_dump(mode="json")
        db.execute(f"INSERT OR IGNORE INTO metrics ({', '.join(row)})"
                   f" VALUES ({', '.join('?' * len(row))})", list(row.values()))
    for factor_set, factor in PHASE_FACTORS:
        row = {**factor.model_dump(mode="json"), "factor_set": factor_set}
        db.execute(f"INSERT OR IGNORE INTO factors ({', '.join(row)})"
                   f" VALUES ({', '.join('?' * len(row))})", list(row.values()))


@migrations(name="m009_personal_figures")
def m009_personal_figures(db: Database) -> None:
    """A figure can be personal for an agent (an exam result...): `personal_figures` marks
    one metric of one agent, every month. `record_includes` names the personal items
    ('goal:ID', 'figure:METRIC') the team lead put in one talk's HR record on purpose.
    A QM criterion may map to a qualitative factor (`qm_criteria.factor`, '' = none)."""
    db.executescript(
        """
        CREATE TABLE personal_figures (
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (agent_id, metric)
        );
        CREATE TABLE record_includes (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            PRIMARY KEY (session_id, item)
        );
        ALTER TABLE qm_criteria ADD COLUMN factor TEXT NOT NULL DEFAULT '';
        """
    )


def known_migration_names() -> set[str]:
    """The names of every migration this program knows."""
    return set(MIGRATION_NAMES)


def registered_migration_names() -> list[str]:
    """The names registered with `migrations`, in order, through its public API (what an
    empty database would have pending); a test holds them equal to `MIGRATION_NAMES`."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def apply_migrations(db: Database) -> None:
    """Run every pending migration on `db` (each in its own transaction); when the signed
    records arrived with them, store the records of talks signed before (one transaction)."""
    pending = {m.name for m in migrations.pending(db)}
    migrations.apply(db)
    if "m004_signed_records" in pending:
        from coachtui.storage.journal import Journal  # the Journal imports this module
        from coachtui.storage.signed_records import store_missing_records

        journal = Journal(db.conn, None)
        with journal.transaction():
            store_missing_records(journal)
