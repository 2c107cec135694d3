"""The Textual screens of coachtui, one module per screen."""
