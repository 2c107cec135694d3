"""Where figures come from: file imports through mapping profiles, and helpdesk connectors."""
