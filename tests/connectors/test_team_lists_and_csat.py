"""Zendesk's newer CSAT survey responses (with the legacy fallback), and the group and
mailbox lists a lead chooses the own team from, against a local server speaking the
documented shapes."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from coachtui.errors import UserError
from coachtui.importers.credentials import Secret
from coachtui.importers.zendesk import harvest_zendesk, smiley_on_scale
from coachtui.services.imports import ZendeskRequest, preview_import, team_choices
from tests.connectors import freshdesk_shapes, zendesk_shapes
from tests.connectors.test_helpscout import SECRET as HELPSCOUT_SECRET
from tests.connectors.test_helpscout import install as install_helpscout

SECRET = Secret("lead@example.nl", "s3cret-token")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _smileys(harvest, email):
    found = {ref.key: values for (ref, _month), values in harvest.figures.items()}
    values = found[email]
    return values["smileys_green"], values["smileys_yellow"], values["smileys_red"]


@pytest.mark.parametrize(("rating", "points", "colour"), [
    (1, 2, "red"), (2, 2, "green"),
    (1, 3, "red"), (2, 3, "yellow"), (3, 3, "green"),
    (1, 5, "red"), (2, 5, "red"), (3, 5, "yellow"), (4, 5, "green"), (5, 5, "green"),
    (0, 5, None), (6, 5, None), ("3", 5, None), (True, 5, None), (3, 0, None)])
def test_an_answer_takes_the_side_of_its_scale(rating, points, colour):
    assert smiley_on_scale(rating, points) == colour


def test_five_point_survey_responses_fill_yellow_from_the_middle(vendor, sleeps):
    zendesk_shapes.install(vendor)
    zendesk_shapes.install_csat(vendor)
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps, tz=AMSTERDAM)
    # Anna: a 5 (green), a 3 (yellow, the middle) and a 1 (red, on a ticket still open)
    assert _smileys(harvest, "anna@example.nl") == (1.0, 1.0, 1.0)
    # Bob's 4 was given at 00:30 on 1 November in Amsterdam: November, not October; the
    # skipped answer gives no smiley; the legacy ratings are not read at all
    assert _smileys(harvest, "bob@example.nl") == (0.0, 0.0, 0.0)
    assert "/api/v2/satisfaction_ratings" not in vendor.paths()
    # the scale is read once per survey; every streamed ticket is asked for by its ZRN
    assert vendor.paths().count("/api/v2/guide/surveys/01SURVEY5") == 1
    asked = [c for c in vendor.calls if c.path == "/api/v2/guide/survey_responses"]
    zrns = asked[0].query["filter[subject_zrns]"][0].split(",")
    assert "zen:ticket:100" in zrns and "zen:ticket:106" in zrns
    assert len(asked) == 2  # the second page was followed


def test_in_utc_the_late_answer_counts_in_october(vendor, sleeps):
    zendesk_shapes.install(vendor)
    zendesk_shapes.install_csat(vendor)
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps)
    assert _smileys(harvest, "bob@example.nl") == (1.0, 0.0, 0.0)


def test_the_group_filter_applies_to_survey_responses(vendor, sleeps):
    zendesk_shapes.install(vendor)
    zendesk_shapes.install_csat(vendor)
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps, group=8)
    assert {ref.key for ref, _month in harvest.figures} == {"bob@example.nl"}


@pytest.mark.parametrize("status", [404, 403])
def test_without_survey_responses_the_legacy_ratings_apply(vendor, sleeps, status):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/guide/survey_responses"] = [(status, {})]
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps)
    # binary: good = green, bad = red, and yellow stays unknown (it does not exist there)
    assert _smileys(harvest, "anna@example.nl") == (1.0, None, 1.0)
    assert "/api/v2/satisfaction_ratings" in vendor.paths()


def test_a_server_error_on_survey_responses_is_not_taken_for_legacy(vendor, sleeps):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/guide/survey_responses"] = [(500, {})] * 2
    with pytest.raises(UserError) as caught:
        harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                        sleep=sleeps, max_attempts=2)
    assert caught.value.key == "imports.gave_up"


def test_the_plan_shows_yellow_from_survey_responses(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    zendesk_shapes.install_csat(vendor)
    plan = preview_import(journal, ZendeskRequest("acme", "2026-10", base_url=vendor.url,
                                                  timezone="Europe/Amsterdam"),
                          credentials=SECRET, sleep=sleeps)
    figures = {(c.agent_email, c.metric): c.new for c in plan.changes}
    assert figures[("anna@example.nl", "smileys_yellow")] == 1.0


def test_zendesk_groups_by_name_without_deleted_ones(vendor, sleeps):
    zendesk_shapes.install_groups(vendor)
    found = team_choices({"kind": "zendesk", "subdomain": "acme", "base_url": vendor.url},
                         credentials=SECRET, sleep=sleeps)
    assert found == [(7, "Team Noord"), (8, "Team Zuid")]


def test_freshdesk_groups(vendor, sleeps):
    freshdesk_shapes.install_group_list(vendor)
    found = team_choices({"kind": "freshdesk", "domain": "acme", "base_url": vendor.url},
                         credentials=Secret("X", "key"), sleep=sleeps)
    assert found == [(7, "Team Noord"), (8, "Team Zuid")]


def test_helpscout_mailboxes_over_two_pages(vendor, sleeps):
    install_helpscout(vendor)

    def mailboxes(call):
        page = int(call.query.get("page", ["1"])[0])
        boxes = {1: [{"id": 31, "name": "Support NL"}], 2: [{"id": 32, "name": "Billing"}]}
        links = {"next": {"href": f"{vendor.url}/v2/mailboxes?page=2"}} if page == 1 else {}
        return 200, {}, {"_embedded": {"mailboxes": boxes[page]}, "_links": links}

    vendor.routes["/v2/mailboxes"] = mailboxes
    found = team_choices({"kind": "helpscout", "base_url": vendor.url},
                         credentials=HELPSCOUT_SECRET, sleep=sleeps)
    assert found == [(32, "Billing"), (31, "Support NL")]


def test_a_forbidden_group_list_says_so_in_one_sentence(vendor, sleeps):
    vendor.failures["/api/v2/groups"] = [(403, {})]
    with pytest.raises(UserError) as caught:
        team_choices({"kind": "zendesk", "subdomain": "acme", "base_url": vendor.url},
                     credentials=SECRET, sleep=sleeps)
    assert caught.value.key == "imports.forbidden"


def test_a_freshdesk_source_without_domain_is_refused():
    with pytest.raises(UserError) as caught:
        team_choices({"kind": "freshdesk", "domain": ""})
    assert caught.value.key == "import_ui.need_domain"


def test_survey_responses_without_any_this_month_still_read_legacy_and_count_yellow(
        vendor, sleeps):
    zendesk_shapes.install(vendor)
    vendor.routes["/api/v2/guide/survey_responses"] = lambda call: (200, {}, {
        "survey_responses": [], "meta": {"has_more": False}, "links": {"next": None}})
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps)
    # the legacy ratings are read (a month the account switched), and yellow is a count now
    assert _smileys(harvest, "anna@example.nl") == (1.0, 0.0, 1.0)
