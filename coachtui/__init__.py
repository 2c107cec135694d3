"""coachtui: the monthly one-on-one between a contact-center team lead and an agent."""

__version__ = "0.5.0"
