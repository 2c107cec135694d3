"""Texts about outside data kept from acting: file names that would leave their folder."""

from __future__ import annotations

TEXTS = {
    "safety.outside_folder": (
        "De bestandsnaam {name} zou buiten de map {folder} schrijven; er is niets geschreven.",
        "The file name {name} would write outside the folder {folder}; nothing was written."),
    "safety.is_a_folder": ("dat is een map", "that is a folder"),
    "safety.permission_denied": ("geen schrijfrechten", "permission denied"),
}
