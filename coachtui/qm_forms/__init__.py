"""The QM form coachtui starts with (`default.toml`), read through importlib.resources."""
