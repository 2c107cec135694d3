"""The session record as JSON for HR systems: the hashed content plus its hash and labels.

Values stay exactly as recorded (the hash is over them), but the text is written so that no
raw DEL, C1 or bidi control reaches a terminal that shows it: those become `\\uXXXX`
escapes, which every JSON reader turns back into the same value.
"""

from __future__ import annotations

import json
from typing import Any

from coachtui.export.record import SessionRecord
from coachtui.outside_text import json_safe
from coachtui.texts import tr


def record_document(record: SessionRecord, lang: str) -> dict[str, Any]:
    """One JSON document: `record` (what the hash covers), `sha256`, `draft`, and labels.

    Keys are English snake_case whatever the language; `labels` carries the words for
    the metric and factor keys in the chosen language.
    """
    content = record.content
    document: dict[str, Any] = {
        "draft": record.draft,
        "notice": tr("export.draft_stamp", lang) if record.draft else None,
        "sha256": record.sha256,
        "hash_algorithm": "sha256 over canonical JSON of 'record' with 'addenda' set to [] "
                          "(sorted keys, no spaces, UTF-8, ensure_ascii=false); each addendum "
                          "has its own sha256",
        "lang": lang,
        "labels": {
            "metrics": {f["metric"]: record.metric_label(f["metric"], lang)
                        for f in content["figures"]},
            "factors": {r["factor"]: record.factor_label(r["factor"], lang)
                        for r in content["ratings"]},
            **({"answers": {f: tr(f"kinds.field.{f}", lang) for f in content["answers"]}}
               if content.get("answers") else {}),
        },
        "record": content,
    }
    return document


def render_json(record: SessionRecord, lang: str) -> str:
    """The JSON document as text (UTF-8, indented, keys in a fixed order)."""
    return json_safe(json.dumps(record_document(record, lang), ensure_ascii=False,
                                indent=2)) + "\n"
