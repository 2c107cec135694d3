"""Errors that carry a plain sentence for the user (exit code 1), never a traceback."""


class UserError(Exception):
    """Input or journal refused; the message is one sentence a manager understands."""


class JournalError(UserError):
    """The journal file cannot be used (not a journal, too new, corrupt, missing)."""


class ReadOnlyError(UserError):
    """A write was attempted on something that is signed and therefore read-only."""


class ConflictError(UserError):
    """Another window changed the same field since it was read: nothing was overwritten."""


class NotFoundError(UserError):
    """An agent, session, goal or note that does not exist (or is ambiguous)."""
