"""Mapping profiles shipped with coachtui (TOML files, loaded by name)."""
