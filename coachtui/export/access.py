"""Right of access: everything the journal holds about one agent, as JSON and as Markdown.

Unlike the HR record this includes the private parts (the team lead's private notes and
private quick notes), each text marked `"private": true|false` so the agent sees which
parts were never shared.

Both files are written so that nothing in them acts: the JSON keeps every value but escapes
control characters, the Markdown escapes every value; the file names come from
`access_file_names`, which keeps them inside the chosen folder.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from coachtui.clock import now_iso
from coachtui.export.files import data_file_name
from coachtui.export.markdown_text import md_inline
from coachtui.outside_text import json_safe
from coachtui.storage.privacy import AgentRecord
from coachtui.texts import tr


def _text(value: str | None, private: bool) -> dict[str, Any]:
    return {"text": value or "", "private": private}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def access_document(record: AgentRecord) -> dict[str, Any]:
    """The whole record as one JSON-ready document, keys in English snake_case."""
    agent = record.agent
    private_note_ids = {str(n.id) for n in record.notes if n.private}
    shared_note_ids = {str(n.id) for n in record.notes if not n.private}
    return {
        "generated_at": now_iso(),
        "about": "Everything coachtui records about this agent (right of access).",
        "agent": agent.model_dump(mode="json"),
        "targets": [t.model_dump(mode="json", exclude={"agent_id"}) for t in record.targets],
        "figures": [f.model_dump(mode="json", exclude={"agent_id"}) for f in record.figures],
        "sessions": [_session(s) for s in record.sessions],
        "notes": [
            {"id": n.id, "created_at": _iso(n.created_at), "updated_at": _iso(n.updated_at),
             "text": n.text, "private": n.private, "factor": n.factor,
             "rating": n.rating.value if n.rating else None, "contact_ref": n.contact_ref,
             "channel": n.channel.value if n.channel else None,
             "relation": n.relation.value if n.relation else None}
            for n in record.notes
        ],
        "absences": [{"id": a.id, "start": _iso(a.start), "end": _iso(a.end), "days": a.days}
                     for a in record.absences],
        # between talks: the goals' dated remarks and incidents are the agent's data too
        "goal_progress": [_goal_note(r) for r in record.goal_progress],
        "goal_incidents": [_goal_note(r) for r in record.goal_incidents],
        "change_log": [
            {"id": c.id, "at": c.at, "entity": c.entity, "entity_id": c.entity_id,
             "field": c.field, "old": c.old, "new": c.new,
             "private": _change_private(c.entity, c.entity_id, c.field, private_note_ids,
                                        shared_note_ids)}
            for c in record.changes
        ],
    }


def _goal_note(row: dict[str, Any]) -> dict[str, Any]:
    """A progress remark or incident: which goal, the day it is about, its text (shared
    with the agent: these are never private notes)."""
    return {"id": row["id"], "goal_id": row["goal_id"], "on_date": row["on_date"],
            "created_at": row["created_at"], **_text(row["text"], False)}


def _session(s: Any) -> dict[str, Any]:
    return {
        "id": s.id, "kind": s.kind.value, "month": s.month, "held_on": _iso(s.held_on),
        "status": s.status.value, "created_at": _iso(s.created_at),
        "updated_at": _iso(s.updated_at),
        "learning_point": _text(s.learning_point, False),
        "support": _text(s.support, False),
        "agreements": _text(s.agreements, False),
        "agent_comments": _text(s.agent_comments, False),
        "private_notes": _text(s.private_notes, True),
        "manager_signature": s.manager_signature,
        "manager_signed_at": _iso(s.manager_signed_at),
        "agent_signature": s.agent_signature, "agent_signed_at": _iso(s.agent_signed_at),
        "ratings": [{"factor": r.factor, "rating": r.rating.value if r.rating else None,
                     "note": _text(r.note, False)} for r in s.ratings],
        "goals": [
            {"id": g.id, "type": g.type.value, "what": g.what, "measure": g.measure,
             "target": g.target, "deadline": _iso(g.deadline), "why": g.why,
             "support": g.support, "status": g.status.value,
             "review_remark": _text(g.review_remark, False), "reviewed_in": g.reviewed_in,
             "carried_over_from": g.carried_over_from}
            for g in s.goals
        ],
        "addenda": [{"created_at": _iso(a.created_at), **_text(a.text, False)}
                    for a in s.addenda],
    }


def _change_private(entity: str, entity_id: str, field: str, private_ids: set[str],
                    shared_ids: set[str]) -> bool:
    """A change-log row is private when it carries private text; a note that no longer
    exists cannot be checked, so its rows count as private (the cautious answer)."""
    if entity == "session" and field == "private_notes":
        return True
    if entity == "note":
        return entity_id in private_ids or entity_id not in shared_ids
    return False


def access_json(document: dict[str, Any]) -> str:
    """The document as JSON text: values as recorded, no raw DEL, C1 or bidi control."""
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def access_file_names(email: str, day: date) -> tuple[str, str]:
    """The JSON and Markdown file names for one agent's access export (kept inside the
    chosen folder whatever the e-mail holds: `access_ayse.yilmaz_2026-11-22.json`)."""
    local = email.split("@")[0]
    return (data_file_name("access", local, day.isoformat(), extension="json"),
            data_file_name("access", local, day.isoformat(), extension="md"))


def access_markdown(document: dict[str, Any], lang: str) -> str:
    """The same document as a readable Markdown page; every value from the journal is
    escaped (`md_inline`), so no text in it becomes a tag, a link or an image."""
    agent = document["agent"]
    private, shared = tr("privacy.private", lang), tr("privacy.shared", lang)
    v = md_inline

    def mark(item: dict[str, Any]) -> str:
        return f"{v(item['text']) or '–'} _({private if item['private'] else shared})_"

    def old_new(value: Any) -> str:
        return v(repr(value))

    out = [f"# {tr('privacy.access_title', lang, name=v(agent['name']))}", "",
           f"- generated_at: {v(document['generated_at'])}"]
    out += [f"- {v(key)}: {v(value)}" for key, value in agent.items()]
    out += ["", "## targets", ""]
    out += [f"- {v(t['metric'])} {v(t['value'])} (from {v(t['from_month'])})" for t in
            document["targets"]] or ["–"]
    out += ["", "## figures", ""]
    out += [f"- {v(f['month'])} {v(f['metric'])}: {v(f['value'])} (target {v(f['target'])}, "
            f"{v(f['source'])})" for f in document["figures"]] or ["–"]
    for s in document["sessions"]:
        out += ["", f"## session {s['id']}: {v(s['month'])} {v(s['kind'])} "
                    f"({v(s['status'])})", ""]
        out += [f"- held_on: {v(s['held_on'])}",
                f"- learning_point: {mark(s['learning_point'])}",
                f"- support: {mark(s['support'])}", f"- agreements: {mark(s['agreements'])}",
                f"- agent_comments: {mark(s['agent_comments'])}",
                f"- private_notes: {mark(s['private_notes'])}",
                f"- signatures: {v(s['manager_signature'])} {v(s['manager_signed_at'])} / "
                f"{v(s['agent_signature'])} {v(s['agent_signed_at'])}"]
        out += [f"- rating {v(r['factor'])}: {v(r['rating'])} – {mark(r['note'])}"
                for r in s["ratings"]]
        out += [f"- goal {g['id']} ({v(g['type'])}, {v(g['status'])}): {v(g['what'])}; "
                f"{v(g['measure'])}; {v(g['target'])}; {v(g['deadline'])}; {v(g['why'])}; "
                f"{v(g['support'])}; remark: {mark(g['review_remark'])}" for g in s["goals"]]
        out += [f"- addendum {v(a['created_at'])}: {mark(a)}" for a in s["addenda"]]
    out += ["", "## notes", ""]
    out += [f"- {v(n['created_at'])}: {mark(n)}"
            + (f" \\[{v(n['factor'])} {v(n['rating'] or '')}\\]" if n["factor"] else "")
            for n in document["notes"]] or ["–"]
    out += ["", "## absences", ""]
    out += [f"- {v(a['start'])} – {v(a['end'] or '…')} ({v(a['days'] or '?')} days)"
            for a in document["absences"]] or ["–"]
    for section in ("goal_progress", "goal_incidents"):
        out += ["", f"## {section}", ""]
        out += [f"- {v(n['on_date'])} (goal {n['goal_id']}): {mark(n)}"
                for n in document[section]] or ["–"]
    out += ["", "## change_log", ""]
    out += [f"- {v(c['at'])} {v(c['entity'])} {v(c['entity_id'])} {v(c['field'])}: "
            f"{old_new(c['old'])} → {old_new(c['new'])}" + (f" _({private})_" if c["private"]
                                                             else "")
            for c in document["change_log"]] or ["–"]
    return "\n".join(out) + "\n"
