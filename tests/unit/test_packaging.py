"""coachtui installs as one package: nothing of another distribution is shadowed by it, and
another distribution's `storage` or `screens` cannot shadow coachtui's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import coachtui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` would install (built once, without a download).

    Built from a copy of the sources: setuptools builds in the tree (build/, *.egg-info),
    and parallel test workers must not build in the same folder at once."""
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "*.egg-info", "demo", "__pycache__", ".pytest_cache",
        ".hypothesis", ".ruff_cache", ".mypy_cache", "*.db*"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(source)],
        check=True, capture_output=True, cwd=out,
    )
    (found,) = out.glob("coachtui-*.whl")
    return found


def test_the_wheel_holds_one_top_level_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"coachtui"}
    for sub in ("screens/team.tcss", "storage/journal.py", "importers/profiles/generic.toml",
                "export/fonts/DejaVuSans.ttf", "app.tcss"):
        assert f"coachtui/{sub}" in names


def test_the_wheel_carries_the_licence_and_version(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    text = archive.read(metadata).decode()
    assert f"Version: {coachtui.__version__}" in text
    assert "License-Expression: MIT" in text
    assert any(n.endswith("licenses/LICENSE") for n in archive.namelist())


def _run(code: str, cwd: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, text=True,
                          capture_output=True, check=False)


def test_old_top_level_names_are_not_importable(tmp_path: Path) -> None:
    result = _run("import importlib.util as u; "
                  "print([u.find_spec(n) for n in ('screens', 'storage', 'importers')])",
                  cwd=tmp_path)
    assert result.stdout.strip() == "[None, None, None]", result.stderr


def test_another_distributions_storage_package_breaks_nothing(tmp_path: Path) -> None:
    """A package named `storage` (or `screens`, `importers`) next to coachtui is theirs."""
    other = tmp_path / "site"
    for name in ("storage", "screens", "importers"):
        (other / name).mkdir(parents=True)
        (other / name / "__init__.py").write_text(f"WHO = 'other {name}'\n")
    journal = tmp_path / "journal.db"
    code = (
        "import storage, screens, importers\n"
        "from coachtui.cli import main\n"
        "from coachtui.screens.team import TeamScreen\n"
        "from coachtui.importers.mapping import load_profile\n"
        f"rc = main(['agents', '--journal', {str(journal)!r}])\n"
        "print(storage.WHO, screens.WHO, importers.WHO, rc)\n"
    )
    subprocess.run([sys.executable, "-m", "coachtui", "demo", "--journal", str(journal)],
                   cwd=tmp_path, check=True, capture_output=True)
    result = _run(code, cwd=tmp_path, extra_path=other)
    assert result.returncode == 0, result.stderr
    assert "other storage other screens other importers 0" in result.stdout


def test_version_option() -> None:
    result = subprocess.run([sys.executable, "-m", "coachtui", "--version"], text=True,
                            capture_output=True, check=False)
    assert result.stdout.strip() == f"coachtui {coachtui.__version__}"
