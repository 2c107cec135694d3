"""`coachtui config show|set`, and the first run: writing commands create the journal."""

from __future__ import annotations

import json
import os
import stat

import pytest

from coachtui import cli
from coachtui.settings import read_settings_file


@pytest.fixture
def config(monkeypatch, tmp_path):
    path = tmp_path / "cfg" / "config.toml"
    monkeypatch.setenv("COACHTUI_CONFIG", str(path))
    return path


@pytest.mark.parametrize(("lang", "saved", "unset"), [
    ("en", "lead.name is now Anne de Jong", "(not set)"),
    ("nl", "lead.name is nu Anne de Jong", "(niet ingesteld)"),
])
def test_set_then_show(config, capsys, lang, saved, unset):
    assert cli.main(["config", "set", "lead.name", "Anne de Jong", "--lang", lang]) == 0
    assert saved in capsys.readouterr().out
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert cli.main(["config", "show", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert str(config) in out
    assert any(line.split() == ["lead.name", "Anne", "de", "Jong"] for line in out.splitlines())
    assert any(line.startswith("timezone") and unset in line for line in out.splitlines())


def test_show_json_has_every_key_with_a_value_or_null(config, capsys, tmp_path):
    cli.main(["config", "set", "timezone", "Europe/Amsterdam"])
    cli.main(["config", "set", "exports.folder", str(tmp_path / "hr")])
    capsys.readouterr()
    assert cli.main(["config", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"lead.name": None, "lang": "en", "timezone": "Europe/Amsterdam",
                     "exports.folder": str(tmp_path / "hr"), "theme": None,
                     "replica.url": None, "replica.live": "false", "imports.folder": None,
                     "site.journals": None}


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["There is no setting called colour", "lead.name"]),
    ("nl", ["Er bestaat geen instelling colour", "lead.name"]),
])
def test_an_unknown_key_is_refused_and_nothing_written(config, capsys, lang, words):
    assert cli.main(["config", "set", "colour", "red", "--lang", lang]) == 1
    err = capsys.readouterr().err
    assert all(word in err for word in words) and len(err.strip().splitlines()) == 1
    assert not config.exists()


@pytest.mark.parametrize(("key", "value", "lang", "said"), [
    ("timezone", "Europe/Atlantis", "en", "timezone cannot be Europe/Atlantis"),
    ("lang", "fr", "nl", "lang kan niet fr zijn"),
    ("theme", "rainbow", "en", "theme cannot be rainbow"),
    ("replica.url", "ftp://host/x", "nl", "replica.url kan niet ftp://host/x zijn"),
])
def test_a_bad_value_is_one_sentence_naming_it(config, capsys, key, value, lang, said):
    cli.main(["config", "set", "lead.name", "Anne"])
    before = config.read_bytes()
    capsys.readouterr()
    assert cli.main(["config", "set", key, value, "--lang", lang]) == 1
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1
    assert config.read_bytes() == before


def test_the_file_language_is_used_and_a_faulty_file_can_be_mended(config, capsys, tmp_path):
    cli.main(["config", "set", "lang", "nl"])
    capsys.readouterr()
    cli.main(["agents", "--journal", str(tmp_path / "none.db")])
    assert "Er is nog geen journaal" in capsys.readouterr().err
    config.write_text('lang = "nl"\ntimezone = "Nowhere/Land"\n', encoding="utf-8")
    assert cli.main(["agents", "--journal", str(tmp_path / "none.db")]) == 1
    assert "Nowhere/Land" in capsys.readouterr().err
    assert cli.main(["config", "set", "timezone", "Europe/Brussels"]) == 0
    assert read_settings_file(config) == {"lang": "nl", "timezone": "Europe/Brussels"}


# -- the first run -------------------------------------------------------------------------
CSV = "email,name,month,ftr\nanna@example.nl,Anna Smit,2026-10,80\n"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "a new, empty journal was created"),
    ("nl", "er is een nieuw, leeg journaal gemaakt"),
])
def test_the_first_import_on_a_new_machine_creates_the_journal(tmp_path, capsys, lang, said):
    journal = tmp_path / "data" / "journal.db"
    journal.parent.mkdir()
    sheet = tmp_path / "team.csv"
    sheet.write_text(CSV, encoding="utf-8")
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--journal",
                     str(journal), "--lang", lang])
    err = capsys.readouterr().err
    assert code == 0 and said in err
    assert stat.S_IMODE(os.stat(journal).st_mode) == 0o600
    assert cli.main(["agents", "--json", "--journal", str(journal)]) == 0
    agents = json.loads(capsys.readouterr().out)
    assert [a["email"] for a in agents] == ["anna@example.nl"]  # never the demo's people


def test_reading_commands_still_refuse_a_missing_journal(tmp_path, capsys):
    missing = tmp_path / "none.db"
    for command in (["agents"], ["sessions"], ["figures", "anna"], ["catalogue"]):
        assert cli.main([*command, "--journal", str(missing)]) == 1
        err = capsys.readouterr().err
        assert "There is no journal" in err and "demo" not in err
        assert not missing.exists()


def test_a_catalogue_switch_creates_the_journal(tmp_path, capsys):
    journal = tmp_path / "j.db"
    assert cli.main(["catalogue", "--enable", "csat", "--journal", str(journal)]) == 0
    assert "new, empty journal" in capsys.readouterr().err and journal.exists()
