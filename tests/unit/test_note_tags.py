"""Rating tags in a quick note: which tokens count, how names match, what is refused."""

from __future__ import annotations

import pytest

from coachtui.default_catalogue import DEFAULT_FACTORS
from coachtui.model import Factor, Rating
from coachtui.note_tags import (
    TagError,
    find_tags,
    match_factor,
    normalise,
    parse_note,
    protect_dash_tags,
)

F = DEFAULT_FACTORS


@pytest.mark.parametrize(("name", "key"), [
    ("initiative", "initiative"),
    ("init", "initiative"),
    ("Initiatief", "initiative"),
    ("taal", "language"),
    ("taalgebruik", "language"),
    ("language", "language"),
    ("useoflanguage", "language"),
    ("samenwerk", "collaboration"),
    ("collab", "collaboration"),
    ("afsprakennakomen", "agreements"),
    ("AfsprakenNakomen", "agreements"),
    ("keeping-agreements", "agreements"),
    ("wow", "wow"),
    ("Wow-effect", "wow"),
    ("comm", "communication"),
    ("speakingup", "communication"),
    ("groei", "knowledge"),
    ("kn", "knowledge"),
])
def test_names_match_by_key_labels_in_both_languages_and_prefix(name, key):
    assert match_factor(name, F) == key


def test_ambiguous_prefix_is_refused_with_the_candidates():
    with pytest.raises(TagError) as caught:
        match_factor("ke", [*F, Factor(key="kennis", label_nl="Kennis", label_en="Expertise")])
    assert caught.value.code == "ambiguous"
    assert set(caught.value.candidates) == {"agreements", "kennis"}


def test_one_letter_is_too_short_even_when_it_fits():
    with pytest.raises(TagError) as caught:
        match_factor("k", F)
    assert caught.value.code == "short"
    assert set(caught.value.candidates) == {"agreements", "knowledge"}


def test_unknown_name_lists_every_factor():
    with pytest.raises(TagError) as caught:
        match_factor("punctuality", F)
    assert caught.value.code == "unknown"
    assert caught.value.candidates == tuple(f.key for f in F)


def test_exact_name_beats_a_longer_one_that_starts_the_same():
    factors = [Factor(key="wow", label_nl="Wow", label_en="Wow"),
               Factor(key="wowplus", label_nl="Wow plus", label_en="Wow plus")]
    assert match_factor("wow", factors) == "wow"
    assert match_factor("wowp", factors) == "wowplus"


def test_accents_and_case_do_not_matter():
    factors = [Factor(key="creativity", label_nl="Creëren", label_en="Creativity")]
    assert normalise("Creëren") == "creeren"
    assert match_factor("creeren", factors) == "creativity"
    assert match_factor("CREËR", factors) == "creativity"


@pytest.mark.parametrize(("text", "rating"), [
    ("+init goed", Rating.PLUS),
    ("-init slecht", Rating.MINUS),
    ("~init wisselend", Rating.MIXED),
    ("+/-init wisselend", Rating.MIXED),
    ("=init wisselend", Rating.MIXED),
    ("\u2212init typographic minus", Rating.MINUS),
])
def test_markers_give_the_rating(text, rating):
    parsed = parse_note(text, F)
    assert (parsed.factor, parsed.rating) == ("initiative", rating)


def test_tag_is_removed_from_the_text_wherever_it_stands():
    assert parse_note("Good call -language", F).text == "Good call"
    assert parse_note("-taal Good call", F).text == "Good call"
    assert parse_note("Good +wow call", F).text == "Good call"
    assert parse_note("Customer was delighted +wow.", F).text == "Customer was delighted."


def test_hyphenated_words_numbers_and_lone_dashes_are_not_tags():
    text = "Sent the e-mail and a follow-up - score went -5 and +3 -- call +31 20 555"
    assert find_tags(text) == []
    parsed = parse_note(text, F)
    assert parsed.factor is None and parsed.rating is None
    assert parsed.text == text


def test_text_without_tag_keeps_everything():
    parsed = parse_note("  Rustig   gesprek  ", F)
    assert parsed == parse_note("Rustig gesprek", F)
    assert parsed.text == "Rustig gesprek" and parsed.factor is None


def test_second_tag_is_refused():
    with pytest.raises(TagError) as caught:
        parse_note("+wow but -taal", F)
    assert caught.value.code == "too_many"
    assert caught.value.tags == ("+wow", "-taal")


def test_unknown_tag_in_text_is_refused_not_ignored():
    with pytest.raises(TagError):
        parse_note("Great -punctuality today", F)


def test_backslash_keeps_a_marker_word_literally():
    parsed = parse_note(r"rated it \+good overall +wow", F)
    assert parsed.text == "rated it +good overall"
    assert parsed.factor == "wow"


def test_unicode_text_survives():
    parsed = parse_note("Ayşe hielp de klant geweldig 👍 ~wow", F)
    assert parsed.text == "Ayşe hielp de klant geweldig 👍"
    assert parsed.rating is Rating.MIXED


def test_tag_only_leaves_empty_text():
    assert parse_note("+wow", F).text == ""


def test_dash_words_after_note_are_protected_from_argparse():
    argv = ["--journal", "x.db", "note", "sanne", "Good", "-language", "-h", "--private"]
    assert protect_dash_tags(argv) == [
        "--journal", "x.db", "note", "sanne", "Good", " -language", "-h", "--private"]
    # other commands and everything after `--` are left as they were
    assert protect_dash_tags(["agents", "-language"]) == ["agents", "-language"]
    assert protect_dash_tags(["note", "s", "--", "-taal"]) == ["note", "s", "--", "-taal"]
    assert protect_dash_tags(["--lang", "nl", "note", "-5"]) == ["--lang", "nl", "note", "-5"]
