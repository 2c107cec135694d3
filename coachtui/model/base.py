"""The base of every domain model: validation schemas are built on first use, not at import.

`coachtui note` imports the whole model but uses two classes; building every schema at
import time would cost it a third of its start-up.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class DomainModel(BaseModel):
    """A pydantic model whose schema is built lazily (`defer_build`)."""

    model_config = ConfigDict(defer_build=True)
