"""The import service the CLI and the TUI call: preview, then save in one transaction."""

from __future__ import annotations

import pytest

from coachtui.model import Agent
from coachtui.services.imports import FileRequest, ImportPlan, preview_import, save_import


def _sheet(tmp_path, text):
    path = tmp_path / "figures.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_plan_reads_but_writes_nothing(journal, tmp_path):
    path = _sheet(tmp_path, "email;name;month;ftr\nnew@example.nl;Nieuw Iemand;2026-10;80\n")
    plan = preview_import(journal, FileRequest(path, "generic"))
    assert isinstance(plan, ImportPlan)
    assert [a.email for a in plan.new_agents] == ["new@example.nl"]
    assert [(c.agent_name, c.metric, c.old, c.new, c.is_new) for c in plan.changes] == [
        ("Nieuw Iemand", "ftr", None, 80.0, True)]
    assert journal.agents() == []


def test_apply_is_one_transaction(journal, tmp_path, monkeypatch):
    """If writing the figures fails, the new agent is not left behind either."""
    path = _sheet(tmp_path, "email;month;ftr\nnew@example.nl;2026-10;80\n")
    plan = preview_import(journal, FileRequest(path, "generic"))

    def broken(figures):
        raise RuntimeError("disk full")

    monkeypatch.setattr(journal, "save_figures", broken)
    with pytest.raises(RuntimeError):
        save_import(journal, plan)
    assert journal.agents() == []


def test_apply_twice_is_harmless(journal, tmp_path):
    journal.add_agent(Agent(name="Anna", email="anna@example.nl"))
    path = _sheet(tmp_path, "email;month;ftr\nanna@example.nl;2026-10;80\n")
    plan = preview_import(journal, FileRequest(path, "generic"))
    assert save_import(journal, plan) == 1
    assert save_import(journal, plan) == 0
    log = journal.db.execute("SELECT count(*) FROM change_log WHERE entity='figure'").fetchone()
    assert log[0] == 1


def test_progress_callback_for_a_worker(journal, tmp_path):
    path = _sheet(tmp_path, "email;month;ftr\n" + "".join(
        f"a{n}@example.nl;2026-10;80\n" for n in range(20000)))
    seen = []
    plan = preview_import(journal, FileRequest(path, "generic"),
                       progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert len(plan.new_agents) == 20000


def test_ambiguous_names_are_refused(journal, tmp_path):
    journal.add_agent(Agent(name="Sam Jansen", email="sam1@example.nl"))
    journal.add_agent(Agent(name="Sam Jansen", email="sam2@example.nl"))
    profile = tmp_path / "by_name.toml"
    profile.write_text('[agent]\ncolumn = "who"\nmatch = "name"\n[metrics]\nftr = "ftr"\n')
    path = _sheet(tmp_path, "who,ftr\nSam Jansen,80\n")
    with pytest.raises(Exception, match="matches more than one agent"):
        preview_import(journal, FileRequest(path, str(profile), "2026-10"))


def test_a_worker_previews_and_saves_on_its_own_connection_as_this_process(journal, tmp_path):
    """The save of a window's worker is known as the window's own: no 'another window'."""
    from coachtui.services.imports import last_source, preview_in_worker, save_in_worker
    from coachtui.services.workspace import Change, Workspace

    workspace = Workspace(journal)
    path = _sheet(tmp_path, "email;month;ftr\nnew@example.nl;2026-10;80\n")
    plan = preview_in_worker(workspace, FileRequest(path, "generic"))
    source = {"kind": "file", "path": str(path), "profile": "generic", "hours_path": None}
    assert save_in_worker(workspace, plan, source) == 1
    assert workspace.check_for_changes() is Change.OWN
    assert [a.email for a in journal.agents()] == ["new@example.nl"]
    assert last_source(journal) == source


def test_a_form_source_becomes_a_request_or_a_refusal_in_dutch(tmp_path):
    from coachtui.errors import UserError
    from coachtui.services.imports import ZendeskRequest, request_for

    assert request_for({"kind": "zendesk", "subdomain": "acme"}, " 2026-10 ") == \
        ZendeskRequest("acme", "2026-10", None)
    with pytest.raises(UserError) as caught:
        request_for({"kind": "file", "path": "x.csv", "profile": "generic"}, "okt\x1b[2J")
    assert caught.value.text("nl") == ("De maand 'okt␛[2J' is geen maand als 2026-10; er is "
                                       "niets opgeslagen.")
    with pytest.raises(UserError, match="Give the Zendesk subdomain"):
        request_for({"kind": "zendesk", "subdomain": ""}, "2026-10")
