"""The command line refuses in the language it was asked for: `--lang nl` in Dutch, the
default in English; exit 1, one sentence on stderr, nothing written."""

from __future__ import annotations

import pytest

from coachtui.cli import main
from coachtui.storage import Journal


def _draft_id(path) -> int:
    with Journal.open(path) as journal:
        return next(s.id for s in journal.sessions() if not s.signed)


def _history(path) -> int:
    with Journal.open(path) as journal:
        return len(journal.history())


# (arguments, the Dutch sentence, the English sentence); {draft} is a draft session's id.
REFUSALS = [
    (["target", "sanne", "speed", "3"],
     "Onbekend cijfer 'speed'; bekend zijn:", "Unknown metric 'speed'; known are:"),
    (["target", "sanne", "ftr", "hoog"],
     "'hoog' is geen getal.", "'hoog' is not a number."),
    (["target", "sanne", "ftr", "80", "--from", "2026-13"],
     "--from '2026-13' is geen maand; schrijf die als JJJJ-MM",
     "--from '2026-13' is not a month; write it as YYYY-MM"),
    (["catalogue", "--enable", "snelheid"],
     "Onbekende sleutel 'snelheid'; bekend zijn:", "Unknown key 'snelheid'; known are:"),
    (["figures", "sanne", "--month", "oktober"],
     "--month 'oktober' is geen maand", "--month 'oktober' is not a month"),
    (["sessions", "--month", "2026-1"],
     "--month '2026-1' is geen maand", "--month '2026-1' is not a month"),
    (["privacy", "erase", "sanne"],
     "Er is niets gewist; voeg --yes toe om echt te wissen.",
     "Nothing was erased; add --yes to erase for real."),
    (["privacy", "purge", "--older-than", "-1"],
     "--older-than moet 0 of een positief aantal jaren zijn, niet -1.",
     "--older-than must be 0 or a positive number of years, not -1."),
    (["export", "month", "2026-10", "--format", "md", "--delimiter", ";"],
     "--delimiter geldt alleen voor --format csv.",
     "--delimiter only applies to --format csv."),
    (["export", "session", "{draft}", "--format", "md"],
     "is een concept en nog niet ondertekend; voeg --draft toe",
     "is a draft and not signed yet; add --draft"),
    (["export", "session", "{draft}", "--format", "md", "--draft", "--out",
      "geen/map/verslag.md"],
     "de map geen/map bestaat niet.", "the folder geen/map does not exist."),
    (["demo"],
     "Er staat al een journaal op", "There is already a journal at"),
]


@pytest.mark.parametrize(("argv", "dutch", "english"), REFUSALS,
                         ids=[" ".join(r[0][:2]) + f" {i}" for i, r in enumerate(REFUSALS)])
def test_refusals_in_dutch_and_in_english(demo_journal_path, tmp_path, monkeypatch, capsys,
                                          argv, dutch, english):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # a relative --out lands here, if anything were written
    draft = _draft_id(demo_journal_path)
    argv = [a.replace("{draft}", str(draft)) for a in argv]
    before = _history(demo_journal_path)
    for lang, sentence in (("nl", dutch), ("en", english)):
        assert main(["--journal", str(demo_journal_path), "--lang", lang, *argv]) == 1
        captured = capsys.readouterr()
        assert sentence in captured.err, (lang, captured.err)
        assert captured.err.startswith("coachtui: ") and captured.err.count("\n") == 1
    assert _history(demo_journal_path) == before  # nothing written
    assert list(work.iterdir()) == []


def test_the_language_comes_from_the_environment_too(demo_journal_path, monkeypatch, capsys):
    monkeypatch.setenv("COACHTUI_LANG", "nl")
    assert main(["--journal", str(demo_journal_path), "target", "sanne", "ftr", "hoog"]) == 1
    assert "'hoog' is geen getal." in capsys.readouterr().err


def test_a_value_that_could_steer_the_terminal_is_quoted_safely(demo_journal_path, capsys):
    assert main(["--journal", str(demo_journal_path), "--lang", "nl",
                 "target", "sanne", "\x1b]52;c;ZXZpbA==\x07", "3"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "Onbekend cijfer '␛]52;c;ZXZpbA==␇'" in err
