"""Erasure and purge also remove an agent from quality monitoring: their name as a
calibration scorer, the evaluations of their contacts (calibration rounds included, with
their own verdicts) and the change-log rows about them, down to the file's bytes."""

from __future__ import annotations

from coachtui.cli import main
from coachtui.services import privacy
from coachtui.storage import Journal

SECRET_VERDICT = "ERASE-ME-VERDICT-PANGOLIN-12"
OWN_CONTACT = "ERASE-ME-CONTACT-OKAPI-4"


def file_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def seed_qm(journal: Journal, query: str) -> tuple[int, str, str, int, int]:
    """The agent scores in a calibration round (by name), scores a colleague's contact
    outside a round (by e-mail, in other letters), and has a contact of their own in a
    round with their own verdict. Returns ids to check afterwards."""
    agent = journal.find_agent(query)
    other = next(a for a in journal.agents() if a.id != agent.id and a.active)
    form = journal.qm_form()
    assert form is not None and form.version is not None
    key = form.criteria[0].key
    round_id = journal.add_round("2026-11-02", form.version, ["R-1", OWN_CONTACT],
                                 agents={"R-1": other.id, OWN_CONTACT: agent.id})
    for scorer in ("Marieke Jansen", f"  {agent.name.upper()} "):
        for contact in ("R-1", OWN_CONTACT):
            journal.add_evaluation(agent_id=None, form_version=form.version,
                                   contact_ref=contact, channel="phone", scorer=scorer,
                                   scored_on="2026-11-02", scores={key: 1}, round_id=round_id,
                                   agent_verdict=SECRET_VERDICT if contact == OWN_CONTACT
                                   else "")
    journal.set_agreed_score(round_id, OWN_CONTACT, 75.0)
    peer = journal.add_evaluation(agent_id=other.id, form_version=form.version,
                                  contact_ref="P-9", channel="chat",
                                  scorer=agent.email.upper(), scored_on="2026-11-05",
                                  scores={key: 1})
    lead = journal.add_evaluation(agent_id=other.id, form_version=form.version,
                                  contact_ref="P-10", channel="chat", scorer="Marieke Jansen",
                                  scored_on="2026-11-05", scores={key: 1})
    return agent.id or 0, agent.name, agent.email, peer, lead


def test_erase_removes_the_agent_from_qm_to_the_bytes(demo_journal_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        agent_id, name, email, peer, lead = seed_qm(journal, "ayse")
        preview = dict(privacy.erasure_preview(journal, agent_id))
        assert preview["qm_scorer_names"] == 1  # the colleague's evaluation keeps, unnamed
        assert preview["qm_evaluations"] >= 4  # own contacts + round rows of/by them
        journal.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert SECRET_VERDICT.encode() in file_bytes(demo_journal_path)

    assert main(["--journal", str(demo_journal_path), "privacy", "erase", email, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "their name as scorer of colleagues' contacts" in out

    raw = file_bytes(demo_journal_path)
    for needle in (name, email, name.upper(), email.upper(), SECRET_VERDICT, OWN_CONTACT):
        assert needle.encode("utf-8") not in raw, needle
    with Journal.open(demo_journal_path) as journal:
        conn = journal.db.conn
        # the colleague's evaluation stays, with no scorer name; the lead's is untouched
        assert journal.evaluation(peer).scorer == ""
        assert journal.evaluation(lead).scorer == "Marieke Jansen"
        # the round keeps the colleague's contact as the lead scored it, nothing of theirs
        rounds = [r for r in journal.calibration_rounds() if r.held_on == "2026-11-02"]
        assert [c.contact_ref for c in rounds[0].contacts] == ["R-1"]
        assert [(e.contact_ref, e.scorer) for e in rounds[0].evaluations] == [
            ("R-1", "Marieke Jansen")]
        assert conn.execute("SELECT COUNT(*) FROM qm_scores WHERE evaluation_id NOT IN"
                            " (SELECT id FROM qm_evaluations)").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM qm_evaluations WHERE agent_id = ?",
                            [agent_id]).fetchone()[0] == 0


def test_purge_takes_the_qm_traces_too(demo_journal_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        _, name, email, peer, _ = seed_qm(journal, "peter")  # Peter Smit left long ago
    assert main(["--journal", str(demo_journal_path), "privacy", "purge", "--yes"]) == 0
    raw = file_bytes(demo_journal_path)
    for needle in (name, email, email.upper(), SECRET_VERDICT, OWN_CONTACT):
        assert needle.encode("utf-8") not in raw, needle
    with Journal.open(demo_journal_path) as journal:
        assert journal.evaluation(peer).scorer == ""
