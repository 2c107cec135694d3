"""HR exports of session records (Markdown, HTML, PDF, JSON, month CSV) and the agent's
right-of-access export. Only shared content reaches an HR export; see `record.py`."""
