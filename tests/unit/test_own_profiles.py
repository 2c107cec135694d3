"""The import form offers the team's own mapping profiles from a folder, and only those: the
settings file or a QM form kept in the same folder is not a profile."""

from __future__ import annotations

from coachtui.screens.import_source import own_profiles


def test_only_files_with_an_agent_table_are_offered(tmp_path):
    (tmp_path / "our_export.toml").write_text(
        'name = "ours"\nkind = "agent_month"\n\n[agent]\ncolumn = "email"\n\n'
        '[month]\ncolumn = "month"\n', encoding="utf-8")
    (tmp_path / "config.toml").write_text(
        'lang = "nl"\n\n[lead]\nname = "Marieke"\n', encoding="utf-8")
    (tmp_path / "qm_form.toml").write_text(
        'name = "QM 2.0"\n\n[[criteria]]\nkey = "greeting"\nmax = 2\n', encoding="utf-8")
    offered = own_profiles(tmp_path)
    assert [label for label, _path in offered] == [f"our_export ({tmp_path.name})"]
    assert offered[0][1] == str((tmp_path / "our_export.toml").absolute())
