"""An agent's history, out of one journal and into another (a move to another team lead).

Which rows belong to an agent is read from the schema itself, so every table a later
migration adds comes along without a change here: a table belongs when one of its foreign
keys points at `agents`, or at a table that belongs (sessions, goals, ...). Rows are
taken by those keys; on the way in, every table with an `id` gets new ids and every
foreign key is translated, and a reference to something the agent does not own (a team
goal of the old team) becomes empty. The catalogue rows the history names (metrics,
factors) come along and are added where the other journal lacks them.

Left behind, always: the change log (the old team lead's history of edits), and rows that
must point at something only this journal has (a QM evaluation at the form version it was
scored on). Left behind unless asked for: private notes and the private part of talks.
Signed records travel as stored, and each is checked against its hash on the way in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import UserError

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

__all__ = ["BUNDLE_FORMAT", "export_agent", "import_agent"]

BUNDLE_FORMAT = "coachtui-agent-history/1"
NEVER = frozenset({"change_log", "meta", "_sqlite_migrations", "agents", "metrics",
                   "factors"})
CATALOGUE = ("metrics", "factors")
PRIVATE_COLUMNS = {"sessions": ("private_notes",)}


@dataclass(frozen=True)
class _ForeignKey:
    column: str
    table: str
    to: str


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _not_null(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[3]}


def _keys(conn: sqlite3.Connection, table: str) -> list[_ForeignKey]:
    return [_ForeignKey(r[3], r[2], r[4] or "id")
            for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')]


def _owned(conn: sqlite3.Connection) -> list[tuple[str, _ForeignKey]]:
    """(table, the key that ties it to the agent), every table after the tables its
    foreign keys point at (sessions before goals, goals before their incidents)."""
    owned: dict[str, _ForeignKey] = {}
    changed = True
    while changed:
        changed = False
        for table in _tables(conn):
            if table in NEVER or table in owned:
                continue
            keys = _keys(conn, table)
            for key in keys:
                if key.table == "agents" or (key.table in owned and key.table != table):
                    owned[table] = next((k for k in keys if k.table == "agents"), key)
                    changed = True
                    break
    # a row that must point at something of this journal's own (a QM evaluation at the
    # form version it was scored on) cannot travel: such tables, and theirs, stay behind
    required = {t: {k.table for k in _keys(conn, t) if k.column in _not_null(conn, t)}
                for t in owned}
    changed = True
    while changed:
        changed = False
        for table in list(owned):
            outside = required[table] - set(owned) - {"agents", table, *CATALOGUE}
            if outside or owned[table].table not in {*owned, "agents"}:
                del owned[table]
                changed = True
    ordered: list[str] = []
    waiting = dict.fromkeys(owned)
    while waiting:
        ready = [t for t in waiting if all(k.table not in waiting or k.table == t
                                           for k in _keys(conn, t))]
        if not ready:  # a cycle between tables: keep the rest in name order
            ready = list(waiting)
        for table in ready:
            ordered.append(table)
            del waiting[table]
    return [(table, owned[table]) for table in ordered]


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def export_agent(journal: Journal, agent_id: int, *, with_private: bool = False
                 ) -> dict[str, Any]:
    """The agent's shared history as a bundle (a JSON-ready dict)."""
    conn = journal.conn
    agent = _rows(conn, "SELECT * FROM agents WHERE id = ?", [agent_id])[0]
    tables: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[Any]] = {"agents": {agent_id}}
    for table, key in _owned(conn):
        parent_ids = ids.get(key.table, set())
        if not parent_ids:
            continue
        marks = ",".join("?" * len(parent_ids))
        rows = _rows(conn, f'SELECT * FROM "{table}" WHERE "{key.column}" IN ({marks})',
                     sorted(parent_ids))
        if table == "notes" and not with_private:
            rows = [r for r in rows if not r.get("private")]
        for column in PRIVATE_COLUMNS.get(table, ()):
            if not with_private:
                for row in rows:
                    row[column] = ""
        tables[table] = rows
        if "id" in _columns(conn, table):
            ids[table] = {r["id"] for r in rows}
    catalogue: dict[str, list[dict[str, Any]]] = {}
    for name in CATALOGUE:
        named = {row[k.column] for table, rows in tables.items()
                 for k in _keys(conn, table) if k.table == name for row in rows
                 if row.get(k.column) is not None}
        if named:
            marks = ",".join("?" * len(named))
            catalogue[name] = _rows(conn, f"SELECT * FROM {name} WHERE key IN ({marks})",
                                    sorted(named))
    return {"format": BUNDLE_FORMAT, "exported_at": now_iso(), "agent": agent,
            "catalogue": catalogue, "tables": tables, "with_private": with_private}


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    names = list(row)
    quoted_names = ",".join(f'"{n}"' for n in names)
    cursor = conn.execute(
        f'INSERT INTO "{table}" ({quoted_names}) VALUES ({",".join("?" * len(names))})',
        [row[n] for n in names])
    return int(cursor.lastrowid or 0)


def import_agent(journal: Journal, bundle: dict[str, Any], *, source: str) -> int:
    """Add a bundle's agent and history to `journal` in one transaction; returns the new
    agent id. Refuses an agent whose e-mail the journal knows, a bundle of another format,
    and a signed record that no longer matches its hash: then nothing is written."""
    from coachtui.storage.signed_records import content_hash

    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise UserError("handover.not_a_bundle", file=source)
    agent = dict(bundle["agent"])
    conn = journal.conn
    with journal.transaction():
        if conn.execute("SELECT 1 FROM agents WHERE email = ?", [agent["email"]]).fetchone():
            raise UserError("handover.agent_exists", email=str(agent["email"]), file=source)
        for record in bundle["tables"].get("signed_records", []):
            if content_hash(json.loads(record["record"])) != record["sha256"]:
                raise UserError("handover.record_changed", month=str(record["month"]),
                                file=source)
        for name in CATALOGUE:
            known = set(_columns(conn, name))
            for row in bundle.get("catalogue", {}).get(name, []):
                fields = {k: v for k, v in row.items() if k in known}
                if not conn.execute(f"SELECT 1 FROM {name} WHERE key = ?",
                                    [fields["key"]]).fetchone():
                    _insert(conn, name, fields)
        old_agent = agent.pop("id")
        new_ids: dict[str, dict[Any, int]] = {"agents": {old_agent: 0}}
        new_ids["agents"][old_agent] = _insert(conn, "agents", agent)
        later: list[tuple[str, str, int, Any]] = []  # self references, set afterwards
        for table, _key in _owned(conn):
            rows = bundle["tables"].get(table, [])
            keys = _keys(conn, table)
            known = set(_columns(conn, table))
            for old in rows:
                row = {k: v for k, v in old.items() if k in known}
                self_refs: list[tuple[str, Any]] = []
                for key in keys:
                    value = row.get(key.column)
                    if value is None or key.table in CATALOGUE:
                        continue
                    if key.table == table:
                        self_refs.append((key.column, value))
                        row[key.column] = None
                    else:
                        row[key.column] = new_ids.get(key.table, {}).get(value)
                has_id = "id" in row
                old_id = row.pop("id", None)
                new_id = _insert(conn, table, row)
                if has_id:
                    new_ids.setdefault(table, {})[old_id] = new_id
                    later += [(table, column, new_id, value) for column, value in self_refs]
        for table, column, new_id, value in later:
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?',
                         [new_ids.get(table, {}).get(value), new_id])
        new_agent = new_ids["agents"][old_agent]
        journal._log("agent", str(new_agent), "handed_over_from", None, source, new_agent)
    return new_agent
