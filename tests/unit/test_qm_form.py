"""The QM form file: the default form, loading a form, and refusals of bad input (one
sentence naming file, line, field and value; nothing written)."""

from __future__ import annotations

import pytest

from coachtui.errors import UserError
from coachtui.model.qm_form import parse_form
from coachtui.services import qm

GOOD = '''name = "Test form"

[[criteria]]
key = "listening"
principle = { nl = "Verbindend", en = "Connecting" }
label = { nl = "Luisteren", en = "Listening" }
definition = { nl = "Laat de klant uitpraten.", en = "Lets the customer finish." }
max = 3

[[criteria]]
key = "relation"
label = { nl = "Relatie", en = "Relationship" }
definition = { nl = "Relatie behouden?", en = "Relationship kept?" }
max = 2
weight = 2
rq = true
'''


def test_the_default_form_has_both_languages_groups_and_one_rq_criterion():
    form = qm.default_form()
    assert len([c for c in form.criteria if c.rq]) == 1
    assert any(c.knockout for c in form.criteria)
    for c in form.criteria:
        assert c.definition_nl and c.definition_en and c.principle_nl and c.principle_en
        assert c.definition_nl != c.definition_en


def test_a_good_form_parses():
    form = parse_form(GOOD, "f.toml")
    assert [c.key for c in form.criteria] == ["listening", "relation"]
    assert form.rq_key == "relation"
    assert form.criteria[1].weight == 2.0


@pytest.mark.parametrize(("change", "words"), [
    (lambda t: t.replace('key = "relation"', 'key = "listening"'),
     ["f.toml, line 11", "field key 'listening'", "line 4"]),
    (lambda t: t.replace('definition = { nl = "Relatie behouden?", en = "Relationship kept?" }',
                         'definition = { nl = "Relatie behouden?" }'),
     ["f.toml, line 13", "'relation'", "definition.en"]),
    (lambda t: t.replace("max = 3", "max = 0"),
     ["f.toml, line 8", "field max", "'listening'", "'0'"]),
    (lambda t: t.replace("max = 3", "max = 3\nrq = true"),
     ["f.toml, line 17", "field rq", "'relation'", "'listening'"]),
])
def test_bad_forms_are_refused_naming_file_line_field_value(change, words, journal):
    bad = change(GOOD)
    with pytest.raises(UserError) as caught:
        parse_form(bad, "f.toml")
    sentence = str(caught.value)
    for word in words:
        assert word in sentence, sentence
    assert "\n" not in sentence


def test_loading_a_form_stores_a_new_version_and_a_bad_one_writes_nothing(journal, tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    first = qm.load_form_file(journal, good)
    assert first.version == 1
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("max = 3", "max = 0"), encoding="utf-8")
    with pytest.raises(UserError):
        qm.load_form_file(journal, bad)
    assert journal.qm_form().version == 1


def test_an_evaluation_keeps_the_version_it_was_scored_on(journal, tmp_path):
    from coachtui.model import Agent

    agent = journal.add_agent(Agent(name="Ann Test", email="ann@example.nl"))
    scored = qm.score_contact(journal, agent.id, contact="T-1", channel="phone", scorer="Lead",
                              on="2026-11-03", pairs=["need=3", "solution=3"])
    edited = qm.edit_definition(journal, "need", "en", "Asks what the customer needs.")
    assert edited.version == 2
    assert journal.evaluation(scored.evaluation.id).form_version == 1
    assert journal.qm_form(1).criterion("need").definition_en.startswith("Keeps asking")
    assert edited.criterion("need").definition_en == "Asks what the customer needs."
