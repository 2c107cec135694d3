"""Services: what screens and commands call. They own transactions and the rules.

`Journal` is named here for annotations only: a screen that holds the journal a service
takes names its type from this layer, never from storage (the import contracts check it).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal as Journal
