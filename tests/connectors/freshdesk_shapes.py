"""Freshdesk's documented answers for one small account (October 2026, Amsterdam time).

Lists are plain JSON arrays; the next page's address is in the `Link` header.
"""

from __future__ import annotations

from tests.connectors.fake_vendor import Call, FakeVendor

AGENTS = [
    [{"id": 11, "contact": {"name": "Anna de Vries", "email": "anna@example.nl"}},
     {"id": 12, "contact": {"name": "Bob Smit", "email": "Bob@Example.nl"}}],
    [{"id": 13, "contact": {"name": "Carl Elsewhere", "email": "carl@example.nl"}},
     {"id": 14, "contact": {"name": "No Mail", "email": None}}],
]
GROUPS = {7: {"id": 7, "name": "Team Noord", "agent_ids": [11, 12]}}


def _ticket(ticket_id, responder, status, resolved_at, *, first=None, last=None,
            reopened=None, group=7):
    return {"id": ticket_id, "responder_id": responder, "status": status, "group_id": group,
            "subject": "=HYPERLINK(\"http://x\")", "stats": {
                "resolved_at": resolved_at, "closed_at": None, "first_responded_at": first,
                "agent_responded_at": last, "reopened_at": reopened}}


TICKET_PAGES = [
    [  # Anna: one reply (right); two replies (not); reopened (not)
        _ticket(1, 11, 4, "2026-10-05T10:00:00Z", first="2026-10-05T09:00:00Z",
                last="2026-10-05T09:00:00Z"),
        _ticket(2, 11, 5, "2026-10-06T10:00:00Z", first="2026-10-06T08:00:00Z",
                last="2026-10-06T09:30:00Z"),
        _ticket(3, 11, 4, "2026-10-07T10:00:00Z", first="2026-10-07T09:00:00Z",
                last="2026-10-07T09:00:00Z", reopened="2026-10-07T09:40:00Z"),
        # Bob: 23:30 on 30 September in Amsterdam: September, not counted
        _ticket(4, 12, 4, "2026-09-30T21:30:00Z"),
    ],
    [
        # Bob: 00:30 on 1 October in Amsterdam (still September in UTC): October, right
        _ticket(5, 12, 4, "2026-09-30T22:30:00Z"),
        # Bob: 23:30 on 31 October in Amsterdam, after the clocks went back: October
        _ticket(6, 12, 5, "2026-10-31T22:30:00Z", first="2026-10-31T20:00:00Z",
                last="2026-10-31T21:00:00Z"),
        # Bob: 00:30 on 1 November in Amsterdam: November, not counted
        _ticket(7, 12, 4, "2026-10-31T23:30:00Z", first="2026-10-31T22:00:00Z",
                last="2026-10-31T23:00:00Z"),
        # open ticket; Carl's ticket in another group
        _ticket(8, 11, 2, None),
        _ticket(9, 13, 4, "2026-10-10T10:00:00Z", group=8),
    ],
]

RATING_PAGES = [
    [{"id": 101, "agent_id": 11, "group_id": 7, "ticket_id": 1, "feedback": "top",
      "ratings": {"default_question": 103}, "created_at": "2026-10-05T12:00:00Z"},
     {"id": 102, "agent_id": 11, "group_id": 7, "ticket_id": 2,
      "ratings": {"default_question": 100}, "created_at": "2026-10-06T12:00:00Z"},
     {"id": 103, "agent_id": 11, "group_id": 7, "ticket_id": 3,
      "ratings": {"default_question": -102, "question_2": 103},
      "created_at": "2026-10-07T12:00:00Z"}],
    [{"id": 104, "agent_id": 12, "group_id": 7, "ticket_id": 5,
      "ratings": {"default_question": 101}, "created_at": "2026-09-30T22:45:00Z"},
     {"id": 105, "agent_id": 13, "group_id": 8, "ticket_id": 9,
      "ratings": {"default_question": -103}, "created_at": "2026-10-10T12:00:00Z"},
     {"id": 106, "agent_id": 12, "group_id": 7, "ticket_id": 7,
      "ratings": {"default_question": 102}, "created_at": "2026-10-31T23:45:00Z"}],
]


def _paged(vendor: FakeVendor, path: str, pages: list[list[dict]]):
    def route(call: Call):
        number = int((call.query.get("page") or ["1"])[0])
        headers = {}
        if number < len(pages):
            # the documented absolute address of the next page, on Freshdesk's own host
            headers["Link"] = (f'<https://acme.freshdesk.com{path}?page={number + 1}'
                               f'&per_page=100>; rel="next"')
        return 200, headers, pages[number - 1]
    return route


def install(vendor: FakeVendor) -> None:
    """Routes for agents, a group, tickets with stats and satisfaction ratings."""
    vendor.routes["/api/v2/agents"] = _paged(vendor, "/api/v2/agents", AGENTS)
    vendor.routes["/api/v2/tickets"] = _paged(vendor, "/api/v2/tickets", TICKET_PAGES)
    vendor.routes["/api/v2/surveys/satisfaction_ratings"] = _paged(
        vendor, "/api/v2/surveys/satisfaction_ratings", RATING_PAGES)
    for group_id, group in GROUPS.items():
        vendor.routes[f"/api/v2/groups/{group_id}"] = \
            lambda call, group=group: (200, {}, group)


def install_group_list(vendor: FakeVendor) -> None:
    """`GET /api/v2/groups`: every group as a plain array."""
    everyone = [*GROUPS.values(), {"id": 8, "name": "Team Zuid", "agent_ids": [13]}]
    vendor.routes["/api/v2/groups"] = _paged(vendor, "/api/v2/groups", [everyone])
