"""One module per command-line command; each is imported only when its command runs."""
