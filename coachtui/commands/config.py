"""`coachtui config show [--json]` and `coachtui config set KEY VALUE`: the settings file.

`show` prints the value in force for every key (command line, environment, file or
default); `set` checks the value, then writes the file atomically (mode 0600). An unknown
key or a bad value is one sentence naming it, exit 1, and the file is left as it was.
"""

from __future__ import annotations

import argparse

from coachtui.settings import KEYS, Settings, change_setting
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch `config show` / `config set`."""
    if args.action == "set":
        return _set(args, settings)
    return _show(args, settings)


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.outside_text import shown

    if args.json:
        from coachtui.commands.common import print_json

        print_json({key: settings.value(key) for key in KEYS})
        return 0
    lang = settings.lang
    print(tr("settings.cli.file", lang, path=shown(str(settings.config_path))))
    width = max(len(key) for key in KEYS)
    unset = tr("settings.cli.unset", lang)
    for key in KEYS:
        value = settings.value(key)
        print(f"{key:<{width}}  {shown(value) if value is not None else unset}")
    return 0


def _set(args: argparse.Namespace, settings: Settings) -> int:
    from textual.theme import BUILTIN_THEMES  # only to check a theme's name

    from coachtui.outside_text import quoted

    stored = change_setting(settings.config_path, args.key, args.value, BUILTIN_THEMES)
    lang = stored if args.key == "lang" and stored else settings.lang
    path = quoted(str(settings.config_path), 200)
    if stored:
        print(tr("settings.cli.saved", lang, setting=args.key, value=quoted(stored, 200),
                 path=path))
    else:
        print(tr("settings.cli.removed", lang, setting=args.key, path=path))
    return 0
