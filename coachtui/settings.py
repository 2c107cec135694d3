"""Settings built once in `main()` and passed down: the journal, the language, and what the
team lead keeps in the settings file (their name, time zone, export folder, theme, ...).

Precedence for every value: the command-line option, then the environment
(`$COACHTUI_LANG`, ...), then the settings file, then the default. The file is TOML in the
user config folder (`$COACHTUI_CONFIG` names another); it is read with the standard
library's tomllib only when it exists, and written by `write_settings` (a small writer of
our own: flat keys as TOML tables, atomically, mode 0600). Nothing here imports Textual
on the way in: `coachtui note` reads settings too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachtui.errors import UserError

# The keys of the settings file, in the order `config show` lists them. `imports.folder`
# is where the import screen last found a profile (remembered by the TUI).
KEYS = ("lead.name", "lang", "timezone", "exports.folder", "theme", "replica.url",
        "replica.live", "imports.folder", "site.journals")
# The environment variable that overrides each key (none for the remembered import folder).
ENVIRONMENT = {"lead.name": "COACHTUI_LEAD_NAME", "lang": "COACHTUI_LANG",
               "timezone": "COACHTUI_TIMEZONE", "exports.folder": "COACHTUI_EXPORTS_FOLDER",
               "theme": "COACHTUI_THEME", "replica.url": "COACHTUI_REPLICA_URL"}
# The Settings field each key of the file fills.
FIELD_OF = {"lead.name": "lead_name", "lang": "lang", "timezone": "timezone",
            "exports.folder": "exports_choice", "theme": "theme", "replica.url": "replica_url",
            "replica.live": "replica_live", "imports.folder": "imports_folder",
            "site.journals": "site_journals"}
LANGS = ("nl", "en")
REPLICA_SCHEMES = ("file://", "s3://", "sftp://")
NAME_LIMIT = 100


def default_journal_path() -> Path:
    """`$COACHTUI_JOURNAL`, else `<user data folder>/coachtui/journal.db`."""
    env = os.environ.get("COACHTUI_JOURNAL")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coachtui", appauthor=False)) / "journal.db"


def default_config_path() -> Path:
    """`$COACHTUI_CONFIG`, else `<user config folder>/coachtui/config.toml`."""
    env = os.environ.get("COACHTUI_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("coachtui", appauthor=False)) / "config.toml"


def default_exports_folder() -> Path:
    """The user's documents folder: exports are for people, not the hidden data folder."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


# -- checking values -----------------------------------------------------------------------
def _refuse(key: str, value: str, reason: str) -> UserError:
    from coachtui.errors import Phrase
    from coachtui.outside_text import quoted

    return UserError("settings.bad_value", setting=key, value=quoted(value, 120),
                     reason=Phrase(f"settings.why.{reason}"))


def _check_name(value: str) -> str:
    name = " ".join(value.split())
    if len(name) > NAME_LIMIT:
        raise _refuse("lead.name", value, "name_long")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
           or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in name):
        raise _refuse("lead.name", value, "name_control")
    return name


def _check_lang(value: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGS:
        raise _refuse("lang", value, "lang")
    return lang


def _check_timezone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    zone = value.strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "Europe" is a folder of zones
        raise _refuse("timezone", value, "timezone") from None
    return zone


def _check_folder(key: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        folder = Path(value.strip()).expanduser()
        if not value.strip():
            raise _refuse(key, value, "folder_empty")
        if folder.exists() and not folder.is_dir():
            raise _refuse(key, value, "folder_file")
        return str(folder.absolute())
    return check


def _check_replica(value: str) -> str:
    url = value.strip()
    if not url.startswith(REPLICA_SCHEMES) or len(url) <= len(url.split("://")[0]) + 3:
        raise _refuse("replica.url", value, "replica")
    return url


def _check_flag(value: str) -> str:
    flag = value.strip().lower()
    if flag not in ("true", "false"):
        raise _refuse("replica.live", value, "replica_live")
    return flag


def site_sources(value: str | None) -> list[str]:
    """The journals and replicas of the setting `site.journals` (separated by `;`)."""
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _check_site_journals(value: str) -> str:
    sources = site_sources(value)
    if not sources:
        raise _refuse("site.journals", value, "site_journals")
    kept = []
    for source in sources:
        if "://" in source:
            if not source.startswith(REPLICA_SCHEMES):
                raise _refuse("site.journals", source, "site_journals")
            kept.append(source)
        else:
            kept.append(str(Path(source).expanduser().absolute()))
    return "; ".join(kept)


CHECKS: dict[str, Callable[[str], str]] = {
    "lead.name": _check_name, "lang": _check_lang, "timezone": _check_timezone,
    "exports.folder": _check_folder("exports.folder"), "replica.url": _check_replica,
    "imports.folder": _check_folder("imports.folder"), "replica.live": _check_flag,
    "site.journals": _check_site_journals,
}


def check_value(key: str, value: str, themes: Collection[str] = ()) -> str:
    """The value as stored for `key`; a UserError names an unknown key or a bad value.

    A theme is checked against `themes`, the names Textual offers: the caller passes them
    (the app its own, `coachtui config` Textual's), so reading settings never loads Textual.
    """
    if key == "theme":
        theme = value.strip()
        if theme not in themes:
            raise _refuse("theme", value, "theme")
        return theme
    if key not in CHECKS:
        from coachtui.outside_text import quoted

        raise UserError("settings.unknown_key", setting=quoted(key, 60), keys=", ".join(KEYS))
    return CHECKS[key](value)


# -- the file ------------------------------------------------------------------------------
def read_settings_file(path: Path, *, mending: bool = False) -> dict[str, str]:
    """The file's keys as flat `section.name` strings ({} when there is no file).

    Only the keys coachtui knows are kept; a value that is not a string, a file that is not
    TOML or cannot be read is a UserError naming the file (and the key). `mending` (about
    to write the file anew) drops a value that is not a string instead.
    """
    from coachtui.outside_text import quoted

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError("settings.unreadable", path=quoted(path, 200),
                        reason=quoted(exc.strerror or type(exc).__name__)) from None
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError("settings.not_toml", path=quoted(path, 200),
                        reason=quoted(exc, 120)) from None
    flat: dict[str, str] = {}
    for key in KEYS:
        section, _, name = key.rpartition(".")
        table: Any = data.get(section, {}) if section else data
        if not isinstance(table, dict) or name not in table:
            continue
        value = table[name]
        if not isinstance(value, str):
            if mending:
                continue
            raise UserError("settings.not_text", path=quoted(path, 200), setting=key,
                            value=quoted(repr(value), 60))
        flat[key] = value
    return flat


def _toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 32 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def render_settings(values: Mapping[str, str]) -> str:
    """The file's text: plain keys first, then one `[section]` table per dotted key."""
    lines = ["# coachtui settings; `coachtui config set KEY VALUE` changes one.", ""]
    tables: dict[str, list[str]] = {}
    for key in KEYS:
        if key not in values:
            continue
        section, _, name = key.rpartition(".")
        line = f"{name} = {_toml_string(values[key])}"
        if section:
            tables.setdefault(section, []).append(line)
        else:
            lines.append(line)
    for section, entries in tables.items():
        lines += ["", f"[{section}]", *entries]
    return "\n".join(lines) + "\n"


def write_settings(path: Path, values: Mapping[str, str]) -> None:
    """Write the file atomically (a temp file beside it, then os.replace), mode 0600; its
    folder is made (0700) when missing. An OS error is a UserError naming the file."""
    import tempfile

    from coachtui.outside_text import quoted

    text = render_settings(values)
    temp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:  # mkstemp makes it 0600
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        raise UserError("settings.unwritable", path=quoted(path, 200),
                        reason=quoted(exc.strerror or type(exc).__name__)) from None
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def change_setting(path: Path, key: str, value: str, themes: Collection[str] = ()) -> str:
    """Check `value` for `key` (a theme against `themes`), then write it into the file (an
    empty value removes the key). Returns the value stored; a refusal writes nothing."""
    stored = check_value(key, value, themes) if value.strip() else ""
    values = read_settings_file(path, mending=True)
    if stored:
        values[key] = stored
    else:
        values.pop(key, None)
    write_settings(path, values)
    return stored


# -- the settings ------------------------------------------------------------------------
@dataclass(frozen=True)
class Settings:
    """What every command and the app read: the journal, the language, and the team lead's
    own settings. `exports_folder` is the folder chosen (`exports_choice`) or, when none
    was, the user's documents folder (looked up on first read: `coachtui note` never does)."""

    journal_path: Path
    lang: str = "en"
    lead_name: str | None = None
    timezone: str | None = None
    exports_choice: Path | None = None
    theme: str | None = None
    replica_url: str | None = None
    replica_live: bool = False  # the TUI runs `coachtui replicate` alongside while open
    config_path: Path = field(default_factory=default_config_path)
    imports_folder: Path | None = None
    site_journals: str | None = None  # the site view's journals and replicas, `;` between

    @property
    def exports_folder(self) -> Path:
        """Where exports from the TUI go: the folder set, else the documents folder."""
        return self.exports_choice or default_exports_folder()

    @classmethod
    def resolve(cls, journal: str | None, lang: str | None, *,
                strict: bool = True) -> Settings:
        """Command-line values first, then the environment, then the file, then defaults.

        A bad value in the environment or the file is a UserError naming it; with `strict`
        False (the `config` command, which must be able to mend the file) it is skipped.
        """
        config_path = default_config_path()
        try:
            from_file = read_settings_file(config_path)
        except UserError:
            if strict:
                raise
            from_file = {}
        chosen: dict[str, str] = {}
        for key in KEYS:
            env_name = ENVIRONMENT.get(key)
            env = os.environ.get(env_name, "").strip() if env_name else ""
            raw = env or from_file.get(key, "").strip()
            if not raw or key == "theme":  # themes are checked by the app, not at startup
                if raw:
                    chosen[key] = raw
                continue
            try:
                chosen[key] = check_value(key, raw)
            except UserError:
                if strict:
                    raise
        path = Path(journal).expanduser() if journal else default_journal_path()
        exports = chosen.get("exports.folder")
        imports = chosen.get("imports.folder")
        return cls(journal_path=path, lang=lang or chosen.get("lang", "en"),
                   lead_name=chosen.get("lead.name"), timezone=chosen.get("timezone"),
                   exports_choice=Path(exports) if exports else None,
                   theme=chosen.get("theme"), replica_url=chosen.get("replica.url"),
                   replica_live=chosen.get("replica.live") == "true", config_path=config_path,
                   imports_folder=Path(imports) if imports else None,
                   site_journals=chosen.get("site.journals"))

    def value(self, key: str) -> str | None:
        """The value in force for a settings key (as `config show` prints it)."""
        values: dict[str, object | None] = {
            "lead.name": self.lead_name, "lang": self.lang, "timezone": self.timezone,
            "exports.folder": self.exports_folder, "theme": self.theme,
            "replica.url": self.replica_url, "imports.folder": self.imports_folder,
            "replica.live": str(self.replica_live).lower(), "site.journals": self.site_journals}
        found = values[key]
        return None if found is None else str(found)

    def remember(self, key: str, value: str, themes: Collection[str] = ()) -> Settings:
        """Write one key into the settings file and return the settings with it in force
        (the TUI: each field saved at once). A refusal writes nothing."""
        stored = change_setting(self.config_path, key, value, themes)
        field_name = FIELD_OF[key]
        new: Any = stored or None
        if key in ("exports.folder", "imports.folder") and stored:
            new = Path(stored)
        elif key == "lang":
            new = stored or "en"
        elif key == "replica.live":
            new = stored == "true"
        import dataclasses

        return dataclasses.replace(self, **{field_name: new})
