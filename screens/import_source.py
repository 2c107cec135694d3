"""The source of an import as the import screen keeps it: a plain dict, stored in the
journal's meta as JSON (kind, file and profile, or subdomain and address; never a month,
never credentials), and the service request built from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coachtui.errors import UserError
from coachtui.model import check_month
from coachtui.texts import tr

LAST_SOURCE_KEY = "import.last_source"
KINDS = ("file", "zendesk", "helpscout")


def last_source(journal: Any) -> dict[str, Any] | None:
    """The source of the last import saved in this journal, or None."""
    raw = journal.meta(LAST_SOURCE_KEY)
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("kind") in KINDS else None


def base_url_for(source: dict[str, Any], kind: str) -> str:
    """The remembered other address of a helpdesk source of `kind` ("" when none)."""
    return (source.get("base_url") or "") if source.get("kind") == kind else ""


def save_with_source(journal: Any, plan: Any, source: dict[str, Any]) -> int:
    """Write the plan and remember its source in one transaction; the count of figures."""
    from coachtui.importers.service import apply_import

    with journal.transaction():
        written = apply_import(journal, plan)
        journal.set_meta(LAST_SOURCE_KEY, json.dumps(source, sort_keys=True))
    return written


def build_request(source: dict[str, Any], month_text: str, lang: str) -> Any:
    """The `importers.service` request for `source` and the month typed, or a UserError
    naming what is missing or wrong."""
    from coachtui.importers.service import FileRequest, HelpScoutRequest, ZendeskRequest

    raw = month_text.strip()
    month = None
    if raw:
        try:
            month = check_month(raw)
        except ValueError:
            raise UserError(tr("import_ui.bad_month", lang, value=raw)) from None
    if source["kind"] == "file":
        if not source.get("path"):
            raise UserError(tr("import_ui.need_path", lang))
        hours = source.get("hours_path")
        return FileRequest(path=Path(source["path"]).expanduser(), profile=source["profile"],
                           month=month, hours_path=Path(hours).expanduser() if hours else None)
    vendor = "Zendesk" if source["kind"] == "zendesk" else "Help Scout"
    if month is None:
        raise UserError(tr("import_ui.need_month", lang, vendor=vendor))
    if source["kind"] == "zendesk":
        if not source.get("subdomain"):
            raise UserError(tr("import_ui.need_subdomain", lang))
        return ZendeskRequest(subdomain=source["subdomain"], month=month,
                              base_url=source.get("base_url"))
    return HelpScoutRequest(month=month, base_url=source.get("base_url"))
