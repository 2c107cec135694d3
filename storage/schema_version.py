"""Which migrations a journal has, read with plain sqlite3 (no sqlite-utils).

Opening a current journal must not load sqlite-utils: the names of every migration live
here, and `storage.migrations` (which registers their code with sqlite-utils'
`Migrations`) is imported only when one is pending. A test holds the two lists equal.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

MIGRATION_SET = "coachtui"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' `Migrations.migrations_table`

# Every migration of this version, in the order they run. Add a name here with its code.
MIGRATION_NAMES = (
    "m001_initial_schema",
    "m002_change_log_session",
    "m003_lighter_change_log",
    "m004_signed_records",
    "m005_shared_shapes",
    "m006_talk_kinds",
    "m007_goals_between_talks",
    "m008_quality_monitoring",
    "m009_personal_figures",
)


@dataclass(frozen=True)
class SchemaState:
    """What a file's schema says about it: empty, ours (and how current), or foreign."""

    empty: bool  # no tables at all: a file to start a journal in
    ours: bool  # has coachtui's migrations
    applied: frozenset[str]

    @property
    def pending(self) -> list[str]:
        """Migrations this version has that the file lacks, in order."""
        return [name for name in MIGRATION_NAMES if name not in self.applied]

    @property
    def newer(self) -> list[str]:
        """Migrations the file has that this version does not know, sorted."""
        return sorted(self.applied - set(MIGRATION_NAMES))


def read_schema_state(conn: sqlite3.Connection) -> SchemaState:
    """Read the schema of the file behind `conn` (reads only; DatabaseError if damaged)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if not tables:
        return SchemaState(empty=True, ours=False, applied=frozenset())
    if MIGRATIONS_TABLE not in tables:
        return SchemaState(empty=False, ours=False, applied=frozenset())
    applied = frozenset(
        row[0] for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])
    )
    return SchemaState(empty=False, ours=bool(applied), applied=applied)
