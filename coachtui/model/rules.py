"""The talk's limits and editable fields as plain constants (no pydantic).

Storage checks a keystroke's field against these without loading a model; `sessions`
re-exports them for its models.
"""

from __future__ import annotations

MAX_GOALS = 5
MIN_GOALS_HINT = 3

# Fields of a session that the talk edits one keystroke at a time.
EDITABLE_SESSION_FIELDS = frozenset(
    {
        "learning_point",
        "support",
        "agreements",
        "agent_comments",
        "private_notes",
        "held_on",
        "kind",
        # typed before signing and kept as typed; signing takes them from here
        "manager_signature",
        "agent_signature",
    }
)
EDITABLE_GOAL_FIELDS = frozenset(
    {"type", "what", "measure", "target", "deadline", "why", "support", "status", "review_remark",
     # goals between talks: a measure, a team goal, privacy, behaviour goals
     "metric", "target_value", "team_goal_id", "personal", "outcome_reason", "unwanted",
     "wanted", "registered_by", "threshold", "consequence", "follow_up"}
)
# The goal fields that hold free text (the health guard reads them).
GOAL_TEXT_FIELDS = frozenset(
    {"what", "measure", "target", "why", "support", "review_remark", "outcome_reason",
     "unwanted", "wanted", "registered_by", "consequence", "drop_reason_text"}
)
