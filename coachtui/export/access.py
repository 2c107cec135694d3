"""Right of access: everything the journal holds about one agent, as JSON and as Markdown.

Unlike the HR record this includes the private parts (the team lead's private notes and
private quick notes), each text marked `"private": true|false` so the agent sees which
parts were never shared.
"""

from __future__ import annotations

from typing import Any

from coachtui.clock import now_iso
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
        "change_log": [
            {"id": c.id, "at": c.at, "entity": c.entity, "entity_id": c.entity_id,
             "field": c.field, "old": c.old, "new": c.new,
             "private": _change_private(c.entity, c.entity_id, c.field, private_note_ids,
                                        shared_note_ids)}
            for c in record.changes
        ],
    }


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


def access_markdown(document: dict[str, Any], lang: str) -> str:
    """The same document as a readable Markdown page."""
    agent = document["agent"]
    private, shared = tr("privacy.private", lang), tr("privacy.shared", lang)

    def mark(item: dict[str, Any]) -> str:
        return f"{item['text'] or '–'} _({private if item['private'] else shared})_"

    out = [f"# {tr('privacy.access_title', lang, name=agent['name'])}", "",
           f"- generated_at: {document['generated_at']}"]
    out += [f"- {key}: {value}" for key, value in agent.items()]
    out += ["", "## targets", ""]
    out += [f"- {t['metric']} {t['value']} (from {t['from_month']})" for t in
            document["targets"]] or ["–"]
    out += ["", "## figures", ""]
    out += [f"- {f['month']} {f['metric']}: {f['value']} (target {f['target']}, "
            f"{f['source']})" for f in document["figures"]] or ["–"]
    for s in document["sessions"]:
        out += ["", f"## session {s['id']}: {s['month']} {s['kind']} ({s['status']})", ""]
        out += [f"- held_on: {s['held_on']}", f"- learning_point: {mark(s['learning_point'])}",
                f"- support: {mark(s['support'])}", f"- agreements: {mark(s['agreements'])}",
                f"- agent_comments: {mark(s['agent_comments'])}",
                f"- private_notes: {mark(s['private_notes'])}",
                f"- signatures: {s['manager_signature']} {s['manager_signed_at']} / "
                f"{s['agent_signature']} {s['agent_signed_at']}"]
        out += [f"- rating {r['factor']}: {r['rating']} – {mark(r['note'])}"
                for r in s["ratings"]]
        out += [f"- goal {g['id']} ({g['type']}, {g['status']}): {g['what']}; "
                f"{g['measure']}; {g['target']}; {g['deadline']}; {g['why']}; {g['support']};"
                f" remark: {mark(g['review_remark'])}" for g in s["goals"]]
        out += [f"- addendum {a['created_at']}: {mark(a)}" for a in s["addenda"]]
    out += ["", "## notes", ""]
    out += [f"- {n['created_at']}: {mark(n)}" + (f" [{n['factor']} {n['rating'] or ''}]"
                                                  if n["factor"] else "")
            for n in document["notes"]] or ["–"]
    out += ["", "## absences", ""]
    out += [f"- {a['start']} – {a['end'] or '…'} ({a['days'] or '?'} days)"
            for a in document["absences"]] or ["–"]
    out += ["", "## change_log", ""]
    out += [f"- {c['at']} {c['entity']} {c['entity_id']} {c['field']}: {c['old']!r} → "
            f"{c['new']!r}" + (f" _({private})_" if c["private"] else "")
            for c in document["change_log"]] or ["–"]
    return "\n".join(out) + "\n"
