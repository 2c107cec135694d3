"""Months as the helpdesk shows them, only the own team, and a client that waits when
asked: Zendesk and the retrying client against a real local server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from coachtui.errors import UserError
from coachtui.importers.credentials import Secret
from coachtui.importers.http import RetryingClient
from coachtui.importers.months import month_bounds, month_of, zone
from coachtui.importers.zendesk import harvest_zendesk
from tests.connectors import zendesk_shapes

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SECRET = Secret("lead@example.nl", "s3cret-token")


def _figures(harvest):
    return {(ref.key, metric): value for (ref, _month), values in harvest.figures.items()
            for metric, value in values.items()}


@pytest.mark.parametrize(("stamp", "month"), [
    ("2026-09-30T21:30:00Z", "2026-09"),  # 23:30 on 30 September in Amsterdam (summer)
    ("2026-09-30T22:30:00Z", "2026-10"),  # 00:30 on 1 October in Amsterdam
    ("2026-10-31T22:30:00Z", "2026-10"),  # 23:30 on 31 October, after the clocks went back
    ("2026-10-31T23:30:00Z", "2026-11"),  # 00:30 on 1 November
    ("2026-10-01T00:30:00+02:00", "2026-10"),
    ("not a time", None),
])
def test_a_moment_belongs_to_the_month_of_the_local_clock(stamp, month):
    assert month_of(stamp, AMSTERDAM) == month


def test_month_bounds_cross_a_daylight_saving_change():
    start, end = month_bounds("2026-10", AMSTERDAM)
    assert start == datetime(2026, 9, 30, 22, tzinfo=UTC)  # summer time: UTC+2
    assert end == datetime(2026, 10, 31, 23, tzinfo=UTC)  # winter time: UTC+1
    assert month_bounds("2026-12", UTC)[1] == datetime(2027, 1, 1, tzinfo=UTC)


def test_an_unknown_time_zone_is_one_sentence():
    with pytest.raises(UserError, match="Mars/Olympus is not a time zone"):
        zone("Mars/Olympus")


def test_zendesk_counts_a_ticket_solved_just_after_midnight_in_the_new_month(vendor, sleeps):
    zendesk_shapes.install(vendor)
    utc = _figures(harvest_zendesk("acme", "2026-10", base_url=vendor.url,
                                   credentials=SECRET, sleep=sleeps, tz=UTC))
    local = _figures(harvest_zendesk("acme", "2026-10", base_url=vendor.url,
                                     credentials=SECRET, sleep=sleeps, tz=AMSTERDAM))
    # ticket 102 was solved at 22:00 UTC on 30 September: midnight in Amsterdam
    assert utc[("bob@example.nl", "ftr")] == 100.0  # 104 only (right)
    assert local[("bob@example.nl", "ftr")] == 50.0  # 102 (three replies) and 104
    stream = [c for c in vendor.calls if "incremental" in c.path]
    assert stream[0].query["start_time"] == ["1790812800"]  # 2026-10-01T00:00Z
    assert stream[2].query["start_time"] == ["1790805600"]  # 2026-09-30T22:00Z


def test_zendesk_keeps_only_the_chosen_group(vendor, sleeps):
    zendesk_shapes.install(vendor)
    harvest = harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                              sleep=sleeps, group=7)
    assert {ref.key for ref, _ in harvest.figures} == {"anna@example.nl"}


def test_zendesk_says_up_front_that_the_token_is_no_admins(vendor, sleeps):
    zendesk_shapes.install(vendor, me={"id": 1, "email": "anna@example.nl", "role": "agent"})
    with pytest.raises(UserError, match=r"belongs to anna@example.nl \(role agent\); the "
                                        r"ticket export and the customer ratings need an "
                                        r"admin"):
        harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET,
                        sleep=sleeps)
    assert vendor.paths() == ["/api/v2/users/me"]


def test_zendesk_oauth_token_is_sent_as_bearer(vendor, sleeps, monkeypatch):
    zendesk_shapes.install(vendor)
    monkeypatch.setenv("COACHTUI_ZENDESK_OAUTH_TOKEN", "oauth-abc")
    harvest_zendesk("acme", "2026-10", base_url=vendor.url, sleep=sleeps)
    assert {c.headers["Authorization"] for c in vendor.calls} == {"Bearer oauth-abc"}


def test_a_503_with_an_http_date_is_waited_out(vendor, sleeps):
    zendesk_shapes.install(vendor)
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)
    vendor.failures["/api/v2/users"] = [(503, {"Retry-After": later})]
    harvest_zendesk("acme", "2026-10", base_url=vendor.url, credentials=SECRET, sleep=sleeps)
    assert len(sleeps) == 1 and 30 <= sleeps[0] <= 40


def test_a_refused_connection_is_tried_again_before_giving_up(sleeps):
    with RetryingClient("Zendesk", "http://127.0.0.1:9", sleep=sleeps) as client, \
            pytest.raises(UserError, match="cannot be reached"):
        client.get_json("/api/v2/users")
    assert sleeps == [1.0, 2.0]
