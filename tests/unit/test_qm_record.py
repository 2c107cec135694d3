"""qm_score and rq reach the talk's figures and the HR record once contacts are scored;
the competence summary is there for the year overview; seeding and migration."""

from __future__ import annotations

import json

from coachtui.cli import main
from coachtui.services import competence
from coachtui.storage import Journal


def _draft(path):
    with Journal.open(path) as journal:
        draft = next(s for s in journal.sessions() if not s.signed)
        return draft, journal.evaluations(draft.agent_id, draft.month)


def test_the_draft_talks_record_carries_qm_score_and_rq(capsys, demo_journal_path):
    draft, evaluations = _draft(demo_journal_path)
    assert evaluations  # the demo scored contacts in the month of the draft talk
    code = main(["--journal", str(demo_journal_path), "export", "session", str(draft.id),
                 "--format", "json", "--draft"])
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    figures = {f["metric"]: f for f in document["record"]["figures"]}
    assert {"qm_score", "rq"} <= set(figures)
    assert figures["qm_score"]["target"] == 80
    main(["--journal", str(demo_journal_path), "--lang", "nl", "export", "session",
          str(draft.id), "--format", "md", "--draft"])
    assert "Kwaliteitsscore (QM)" in capsys.readouterr().out


def test_no_signed_record_of_the_demo_differs_from_its_figures(demo_journal):
    from coachtui.services.signing import figure_differences

    for agent in demo_journal.agents():
        assert figure_differences(demo_journal, agent.id) == []


def test_competence_summary_until_a_day(demo_journal):
    fenna = demo_journal.find_agent("Fenna")
    early = competence.competence_summary(demo_journal, fenna.id, until="2026-10-01")
    now = competence.competence_summary(demo_journal, fenna.id)
    assert early.points < now.points
    assert [t[1] for t in now.trend] == sorted(t[1] for t in now.trend)
    assert now.proposal is not None and now.proposal.key == "c_knowledge_base"


def test_phase_skills_never_join_the_monthly_talks_factors(journal):
    keys = {f.key for f in journal.factors(active_only=False)}
    assert not any(k.startswith("c_") for k in keys)
    assert len(journal.skills(["phase-1"])) == 7
    assert {s.factor_set for s in journal.skills()} == {"phase-1", "phase-2", "phase-3"}
    assert {m.key for m in journal.metrics(active_only=False)} >= {"qm_score", "rq"}
