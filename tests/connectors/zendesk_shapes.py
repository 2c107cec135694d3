"""Zendesk's documented answers for one small account (October 2026)."""

from __future__ import annotations

from tests.connectors.fake_vendor import Call, FakeVendor

USERS = [
    [{"id": 1, "name": "Anna de Vries", "email": "anna@example.nl", "role": "agent"},
     {"id": 2, "name": "Bob Smit", "email": "Bob@Example.nl", "role": "agent"}],
    [{"id": 3, "name": "Carl Quiet", "email": "carl@example.nl", "role": "agent"},
     {"id": 9, "name": "Ada Admin", "email": "ada@example.nl", "role": "admin"}],
]


def _metric(ticket_id, replies, reopens, solved_at):
    return {"ticket_id": ticket_id, "replies": replies, "reopens": reopens,
            "solved_at": solved_at, "reply_time_in_minutes": {"calendar": 5, "business": 5},
            "full_resolution_time_in_minutes": {"calendar": 60, "business": 30}}


TICKET_PAGES = [
    {"tickets": [{"id": 100, "assignee_id": 1, "status": "solved", "group_id": 7},
                 {"id": 101, "assignee_id": 1, "status": "closed", "group_id": 7},
                 {"id": 102, "assignee_id": 2, "status": "solved", "group_id": 8},
                 {"id": 103, "assignee_id": 9, "status": "solved", "group_id": 7}],
     "metric_sets": [_metric(100, 1, 0, "2026-10-05T10:00:00Z"),
                     _metric(101, 3, 0, "2026-10-06T10:00:00Z"),
                     _metric(102, 3, 0, "2026-09-30T22:00:00Z"),
                     _metric(103, 1, 0, "2026-10-07T10:00:00Z")]},
    {"tickets": [{"id": 104, "assignee_id": 2, "status": "solved", "group_id": 8},
                 {"id": 105, "assignee_id": 1, "status": "open", "group_id": 7},
                 {"id": 106, "assignee_id": 2, "status": "solved", "group_id": 8}],
     "metric_sets": [_metric(104, 0, 0, "2026-10-20T10:00:00Z"),
                     _metric(105, 2, 0, None),
                     _metric(106, 1, 1, "2026-11-02T10:00:00Z")]},
]

RATING_PAGES = [
    [{"id": 1, "assignee_id": 1, "ticket_id": 100, "score": "good", "group_id": 7,
      "created_at": "2026-10-03T09:00:00Z", "updated_at": "2026-10-03T12:00:00Z"},
     {"id": 2, "assignee_id": 1, "ticket_id": 101, "score": "bad", "group_id": 7,
      "created_at": "2026-10-08T09:00:00Z", "updated_at": "2026-10-08T09:30:00Z"}],
    [{"id": 3, "assignee_id": 2, "ticket_id": 104, "score": "good", "group_id": 8,
      "created_at": "2026-10-21T09:00:00Z", "updated_at": "2026-10-21T10:00:00Z"},
     {"id": 4, "assignee_id": 1, "ticket_id": 105, "score": "offered", "group_id": 7,
      "created_at": "2026-10-22T09:00:00Z", "updated_at": "2026-10-22T09:00:00Z"},
     # offered in September, answered in October: counts in October
     {"id": 5, "assignee_id": 2, "ticket_id": 90, "score": "bad", "group_id": 8,
      "created_at": "2026-09-28T09:00:00Z", "updated_at": "2026-10-01T08:00:00Z"}],
]


ME = {"id": 9, "name": "Ada Admin", "email": "ada@example.nl", "role": "admin"}


def install(vendor: FakeVendor, me: dict | None = None) -> None:
    """Routes for the signed-in user, users, the incremental ticket stream and
    satisfaction ratings."""

    def whoami(call: Call):
        return 200, {}, {"user": me or ME}

    def users(call: Call):
        page = 1 if call.query.get("page[after]") == ["u1"] else 0
        more = page == 0
        return 200, {}, {
            "users": USERS[page],
            "meta": {"has_more": more, "after_cursor": "u1" if more else None},
            "links": {"next": "https://acme.zendesk.com/api/v2/users?role=agent&"
                              "page[size]=100&page[after]=u1" if more else None},
        }

    def tickets(call: Call):
        page = 1 if call.query.get("cursor") == ["c1"] else 0
        last = page == 1
        return 200, {}, {
            **TICKET_PAGES[page],
            "after_url": None if last else
            f"{vendor.url}/api/v2/incremental/tickets/cursor.json?cursor=c1",
            "after_cursor": None if last else "c1",
            "end_of_stream": last,
        }

    def ratings(call: Call):
        page = 1 if call.query.get("page[after]") == ["r1"] else 0
        more = page == 0
        return 200, {}, {
            "satisfaction_ratings": RATING_PAGES[page],
            "meta": {"has_more": more, "after_cursor": "r1" if more else None},
            "links": {"next": f"{vendor.url}/api/v2/satisfaction_ratings?page[after]=r1"
                              if more else None},
        }

    vendor.routes["/api/v2/users/me"] = whoami
    vendor.routes["/api/v2/users"] = users
    vendor.routes["/api/v2/incremental/tickets/cursor.json"] = tickets
    vendor.routes["/api/v2/satisfaction_ratings"] = ratings


GROUPS = [{"id": 8, "name": "Team Zuid", "deleted": False},
          {"id": 7, "name": "Team Noord", "deleted": False},
          {"id": 6, "name": "Opgeheven", "deleted": True}]


def install_groups(vendor: FakeVendor) -> None:
    """`GET /api/v2/groups` with cursor pagination (one page here)."""
    vendor.routes["/api/v2/groups"] = lambda call: (200, {}, {
        "groups": GROUPS, "meta": {"has_more": False, "after_cursor": None},
        "links": {"next": None}})


def _rating_answer(rating, answered):
    return {"type": "rating_scale", "rating": rating,
            "question": {"id": "q-csat", "type": "rating_scale",
                         "sub_type": "customer_satisfaction"},
            "created_at": answered, "updated_at": answered}


# the newer CSAT: a 5-point survey; Anna's month has a 5 (green), a 3 (yellow) and a 1 (red)
SURVEY = {"id": "01SURVEY5", "version": 3, "state": "enabled", "questions": [
    {"id": "q-csat", "type": "rating_scale", "headline": {"default": "How did we do?"},
     "options": [{"id": f"o{n}", "rating": n, "label": {"default": str(n)}}
                 for n in range(1, 6)]},
    {"id": "q-why", "type": "open_ended", "headline": {"default": "Why?"}}]}
SURVEY_RESPONSES = [
    {"id": "r1", "survey_id": "01SURVEY5", "survey_version": 3,
     "subject_zrns": ["zen:ticket:100"], "responder_id": 501,
     "answers": [_rating_answer(5, "2026-10-05T12:00:00Z"),
                 {"type": "open_ended", "value": "<b>top</b>",
                  "question": {"id": "q-why", "type": "open_ended"},
                  "created_at": "2026-10-05T12:01:00Z", "updated_at": "2026-10-05T12:01:00Z"}]},
    {"id": "r2", "survey_id": "01SURVEY5", "survey_version": 3,
     "subject_zrns": ["zen:ticket:101"], "responder_id": 502,
     "answers": [_rating_answer(3, "2026-10-07T12:00:00Z")]},
    {"id": "r3", "survey_id": "01SURVEY5", "survey_version": 3,
     "subject_zrns": ["zen:ticket:105"], "responder_id": 503,
     "answers": [_rating_answer(1, "2026-10-09T12:00:00Z")]},
    # Bob: answered 00:30 on 1 November in Amsterdam (still October in UTC): November
    {"id": "r4", "survey_id": "01SURVEY5", "survey_version": 3,
     "subject_zrns": ["zen:ticket:104"], "responder_id": 504,
     "answers": [_rating_answer(4, "2026-10-31T23:30:00Z")]},
    # a skipped rating: no smiley
    {"id": "r5", "survey_id": "01SURVEY5", "survey_version": 3,
     "subject_zrns": ["zen:ticket:106"], "responder_id": 505,
     "answers": [{"type": "skipped", "question": {"id": "q-csat", "type": "rating_scale"},
                  "created_at": "2026-10-09T12:00:00Z", "updated_at": "2026-10-09T12:00:00Z"}]},
]


def install_csat(vendor: FakeVendor) -> None:
    """The newer CSAT: survey responses filtered on ticket ZRNs (two pages), and the
    survey that says the scale."""

    def responses(call: Call):
        wanted = set(call.query["filter[subject_zrns]"][0].split(","))
        found = [r for r in SURVEY_RESPONSES if set(r["subject_zrns"]) & wanted]
        page = 1 if call.query.get("page[after]") == ["s1"] else 0
        more = page == 0 and len(found) > 2
        chunk = found[:2] if page == 0 else found[2:]
        return 200, {}, {
            "survey_responses": chunk,
            "meta": {"has_more": more, "after_cursor": "s1" if more else None},
            "links": {"next": f"{vendor.url}/api/v2/guide/survey_responses?"
                              f"filter[subject_zrns]={','.join(sorted(wanted))}"
                              "&page[after]=s1" if more else None}}

    vendor.routes["/api/v2/guide/survey_responses"] = responses
    vendor.routes[f"/api/v2/guide/surveys/{SURVEY['id']}"] = \
        lambda call: (200, {}, {"survey": SURVEY})
