"""Settings: precedence (command line, environment, file, defaults) and the file writer."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from textual.theme import BUILTIN_THEMES

from coachtui.errors import UserError
from coachtui.settings import (
    KEYS,
    Settings,
    change_setting,
    check_value,
    read_settings_file,
    write_settings,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config(monkeypatch, tmp_path) -> Path:
    """A settings file path of this test's own (`$COACHTUI_CONFIG`)."""
    path = tmp_path / "cfg" / "config.toml"
    monkeypatch.setenv("COACHTUI_CONFIG", str(path))
    return path


def test_defaults_without_a_file(config, tmp_path):
    settings = Settings.resolve(str(tmp_path / "j.db"), None)
    assert settings.lang == "en" and settings.lead_name is None and settings.theme is None
    assert settings.timezone is None and settings.replica_url is None
    assert settings.config_path == config and not config.exists()
    # exports default to the documents folder, never the data folder beside the journal
    assert settings.exports_folder != tmp_path / "exports"
    assert "coachtui" not in str(settings.exports_folder)


def test_command_line_then_environment_then_file(config, monkeypatch, tmp_path):
    write_settings(config, {"lang": "nl", "lead.name": "Anne", "timezone": "Europe/Amsterdam",
                            "exports.folder": str(tmp_path / "out"), "theme": "nord",
                            "replica.url": "s3://bucket/journal"})
    from_file = Settings.resolve(None, None)
    assert (from_file.lang, from_file.lead_name, from_file.timezone, from_file.theme) == \
        ("nl", "Anne", "Europe/Amsterdam", "nord")
    assert from_file.exports_folder == tmp_path / "out"
    assert from_file.replica_url == "s3://bucket/journal"
    monkeypatch.setenv("COACHTUI_LANG", "en")
    monkeypatch.setenv("COACHTUI_LEAD_NAME", "Bram")
    monkeypatch.setenv("COACHTUI_TIMEZONE", "America/New_York")
    from_env = Settings.resolve(None, None)
    assert (from_env.lang, from_env.lead_name, from_env.timezone) == \
        ("en", "Bram", "America/New_York")
    assert Settings.resolve(None, "nl").lang == "nl"  # --lang beats everything


def test_a_bad_value_in_the_file_is_one_sentence_naming_it(config):
    config.parent.mkdir()
    config.write_text('timezone = "Mars/Olympus"\n', encoding="utf-8")
    with pytest.raises(UserError) as refused:
        Settings.resolve(None, None)
    assert "timezone" in str(refused.value) and "Mars/Olympus" in str(refused.value)
    # the config command reads leniently, so it can mend the file
    assert Settings.resolve(None, None, strict=False).timezone is None
    config.write_text("lang = 5\n", encoding="utf-8")
    with pytest.raises(UserError, match="lang must be text"):
        Settings.resolve(None, None)
    config.write_text("lang = [\n", encoding="utf-8")
    with pytest.raises(UserError, match="not valid TOML"):
        Settings.resolve(None, None)


def test_the_writer_is_atomic_private_and_round_trips(config):
    awkward = 'Anne "AJ" de Jong \\ team\u00e9 \x7f\t'
    write_settings(config, {"lead.name": awkward, "lang": "nl"})
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    assert tomllib.loads(config.read_text(encoding="utf-8"))["lead"]["name"] == awkward
    assert read_settings_file(config) == {"lead.name": awkward, "lang": "nl"}
    assert [p.name for p in config.parent.iterdir()] == ["config.toml"]  # no temp file left
    # os.replace: a reader sees the old file or the new one, never half of one
    before = config.stat().st_ino
    write_settings(config, {"lang": "en"})
    assert config.stat().st_ino != before
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_a_refused_value_writes_nothing(config):
    change_setting(config, "lead.name", "Anne")
    text = config.read_text(encoding="utf-8")
    for key, value in (("lang", "de"), ("timezone", "Europe/Nowhere"), ("theme", "pink"),
                       ("replica.url", "http://x"), ("nope", "x"),
                       ("lead.name", "A\x1b[31mB"), ("lead.name", "x" * 101),
                       ("timezone", "../../etc/passwd"), ("timezone", "Europe")):
        with pytest.raises(UserError):
            change_setting(config, key, value)
        assert config.read_text(encoding="utf-8") == text
    file_not_folder = config.parent / "a-file"
    file_not_folder.write_text("x")
    with pytest.raises(UserError, match="file, not a folder"):
        change_setting(config, "exports.folder", str(file_not_folder))


def test_values_are_stored_as_checked_and_an_empty_one_removes_the_key(config, tmp_path):
    assert check_value("lang", " NL ") == "nl"
    assert check_value("lead.name", "  Anne   de Jong ") == "Anne de Jong"
    assert check_value("theme", "nord", BUILTIN_THEMES) == "nord"
    with pytest.raises(UserError, match="not one of Textual's themes"):
        check_value("theme", "nord")  # checked only against the names the caller offers
    assert check_value("exports.folder", "~/x") == str(Path("~/x").expanduser())
    change_setting(config, "lead.name", "Anne")
    change_setting(config, "lead.name", "")
    assert "lead.name" not in read_settings_file(config)


def test_settings_remember_one_key_at_a_time(config, tmp_path):
    settings = Settings.resolve(str(tmp_path / "j.db"), None)
    changed = settings.remember("lead.name", "Anne").remember("theme", "dracula",
                                                              BUILTIN_THEMES)
    assert (changed.lead_name, changed.theme) == ("Anne", "dracula")
    assert read_settings_file(config) == {"lead.name": "Anne", "theme": "dracula"}
    assert all(changed.value(key) is not None or key in ("timezone", "replica.url",
                                                         "imports.folder", "lang",
                                                         "site.journals")
               for key in KEYS)


def test_the_note_path_reads_no_more_than_before(tmp_path):
    """`coachtui note` with journal and settings named: no platformdirs, no Textual, and
    tomllib only because a settings file exists."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COACHTUI_JOURNAL": str(tmp_path / "n.db"),
           "COACHTUI_CONFIG": str(tmp_path / "none.toml")}
    code = ("import sys; from coachtui.cli import main; main(['note', 'x', 'y']); "
            "print(sorted(m for m in ('platformdirs', 'textual', 'tomllib') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=False).stdout
    assert out.strip().splitlines()[-1] == "[]"
