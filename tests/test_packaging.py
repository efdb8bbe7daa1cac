"""studyapp as a user installs it: the sdist and the wheel built, the wheel installed into a fresh virtualenv outside
the repository, and every command run from there on real documents.

Building and installing must not download anything (CI and laptops may be offline, and a download would make
``make test`` slow): the build runs ``--no-isolation`` with the setuptools of the test environment, and the new
virtualenv reads the third-party packages already installed there through a path file. Only studyapp itself
comes from the wheel, which these tests check before anything else. ``make test`` runs them (marked
``packaging``) beside the rest of the suite.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from shutil import copytree, ignore_patterns

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NAME, VERSION = CONFIG["project"]["name"], CONFIG["project"]["version"]
DATA_FOLDERS = {"decks": "studyapp/decks", "resources": "studyapp/resources"}  # repository folder -> in the wheel
LOCAL_ONLY = ignore_patterns(".*", "*.egg-info", "build", "dist", "tests", "screenshots")  # at the top level
CACHES = ignore_patterns("__pycache__", "*.pyc")


def _not_copied(folder: str, names: list[str]) -> set[str]:
    """What a build of a clean checkout does not see: git, the virtualenv, caches, build output, the tests."""
    return (LOCAL_ONLY(folder, names) if Path(folder) == ROOT else set()) | CACHES(folder, names)


def _files(folder: Path) -> set[str]:
    """The files under ``folder`` a build would see, relative and with ``/``."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def _expected_in_wheel() -> set[str]:
    names = {f"studyapp/{name}" for name in _files(ROOT / "studyapp")}
    for folder, target in DATA_FOLDERS.items():
        names |= {f"{target}/{name}" for name in _files(ROOT / folder)}
    return names


def test_every_package_folder_is_listed_for_the_build():
    """A folder of modules or data left out of ``[tool.setuptools] packages`` would be missing from the wheel."""
    setuptools = CONFIG["tool"]["setuptools"]
    roots = {"studyapp": "studyapp", **setuptools["package-dir"]}
    found = set()
    for package, folder in roots.items():
        for path in [ROOT / folder, *(ROOT / folder).rglob("*")]:
            if path.is_dir() and path.name != "__pycache__" and any(p.is_file() for p in path.iterdir()):
                found.add(".".join([package, *path.relative_to(ROOT / folder).parts]))
    missing = sorted(found - set(setuptools["packages"]))
    assert missing == [], f"add {missing} to [tool.setuptools] packages (and package-data) in pyproject.toml"
    assert set(roots.values()) >= {"decks", "resources"}


@dataclass(frozen=True)
class Installed:
    wheel: Path
    sdist: Path
    venv: Path
    work: Path  # the current folder of every command: outside the repository
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.venv / "bin" / "studyapp"), *args],
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, f"studyapp {' '.join(args)} failed:\n{result.stderr}"
        assert "Traceback" not in result.stderr
        return result


def _check(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the sdist, the wheel from the sdist (so the sdist is proved complete), install the wheel."""
    base = tmp_path_factory.mktemp("wheel-install")
    source = base / "source"
    copytree(ROOT, source, ignore=_not_copied)
    dist = base / "dist"
    _check([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)], base)
    wheel = dist / f"{NAME}-{VERSION}-py3-none-any.whl"
    sdist = dist / f"{NAME}-{VERSION}.tar.gz"

    venv = base / "venv"
    _check([sys.executable, "-m", "venv", "--without-pip", str(venv)], base)
    # The test environment's packages (PySide6, spaCy, anki, ...) as plain path entries: their own .pth files,
    # among them the editable install of this checkout, are not run.
    site = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site / "test-environment-packages.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    _check([*pip, "--ignore-installed", str(wheel)], base)

    work = base / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "STUDYAPP", "XDG_DATA"))}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "STUDYAPP_DATA_DIR": str(base / "data"),
        "XDG_DATA_HOME": str(base / "share"),
    }
    return Installed(wheel, sdist, venv, work, env)


@pytest.fixture(scope="module")
def article(installed: Installed) -> Path:
    """A real article (not the bundled one), copied next to the commands: the repository is not on their path."""
    path = installed.work / "antoine_lavoisier.txt"
    path.write_bytes((ROOT / "tests" / "data" / "corpus" / path.name).read_bytes())
    return path


@pytest.mark.packaging
def test_the_wheel_carries_every_module_the_deck_and_the_resources(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        entry_points = wheel.read(f"{NAME}-{VERSION}.dist-info/entry_points.txt").decode()
    assert sorted(_expected_in_wheel() - names) == []
    assert "studyapp/resources/anki/unit_front.html" in names and "studyapp/resources/styles/app.qss" in names
    assert "studyapp = studyapp.cli:main" in entry_points


@pytest.mark.packaging
def test_the_sdist_carries_the_repository_folders(installed):
    prefix = f"{NAME}-{VERSION}/"
    with tarfile.open(installed.sdist) as sdist:
        names = {name.removeprefix(prefix) for name in sdist.getnames()}
    expected = {"pyproject.toml", "README.md"} | {f"studyapp/{name}" for name in _files(ROOT / "studyapp")}
    for folder in DATA_FOLDERS:
        expected |= {f"{folder}/{name}" for name in _files(ROOT / folder)}
    assert sorted(expected - names) == []


@pytest.mark.packaging
def test_studyapp_runs_from_the_virtualenv_not_the_checkout(installed):
    probe = "import studyapp, studyapp.paths as p; print(studyapp.__file__); print(p.resources_dir())"
    result = subprocess.run(
        [str(installed.venv / "bin" / "python"), "-c", probe],
        cwd=installed.work,
        env=installed.env,
        capture_output=True,
        text=True,
        check=True,
    )
    module, resources = (Path(line) for line in result.stdout.split())
    assert module.is_relative_to(installed.venv) and resources.is_relative_to(installed.venv)
    assert (resources / "anki" / "cards.css").is_file()


@pytest.mark.packaging
def test_extract_and_items(installed, article):
    extracted = json.loads(installed.run("extract", str(article), "--json").stdout)
    assert len(extracted["sections"]) >= 3 and len(extracted["facts"]) >= 10
    assert all(fact["date"]["start"] for fact in extracted["facts"])
    items = json.loads(installed.run("items", str(article), "--json").stdout)
    assert len(items) >= len(extracted["facts"]) * 2 // 3  # (the gate leaves asides and long sentences out)
    assert {"date-cloze", "date-when"} <= {item["kind"] for item in items}


@pytest.mark.packaging
def test_import_then_export_a_package_anki_imports(installed, article, tmp_path):
    imported = json.loads(installed.run("import", str(article), "--json").stdout)
    assert imported["added"] > 10
    units = {row["unit"] for row in json.loads(installed.run("items", str(article), "--json").stdout)}
    decks = {d["id"]: d["total"] for d in json.loads(installed.run("decks", "--json").stdout)}
    # a card per unit of memory (the items added are its ways of asking), and the bundled deck, on first start
    assert len(decks) == 2 and decks[imported["deck"]] == len(units)
    stats = json.loads(installed.run("stats", "--json").stdout)
    assert {d["deck_id"] for d in stats["decks"]} == set(decks) and stats["library"]["total_reviews"] == 0
    installed.run("restore", "--list")

    out = installed.work / "deck.apkg"
    said = installed.run("export", imported["deck"], "-o", str(out)).stdout
    assert said.startswith(f"Exported {len(units)} notes")  # one note per unit of memory

    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(out), options=ImportAnkiPackageOptions())
        col.import_anki_package(request)
        assert col.note_count() == len(units)
        model = col.models.by_name("studyapp Unit")
        assert model is not None and model["css"] == (ROOT / "resources" / "anki" / "cards.css").read_text("utf-8")
        questions = [col.get_card(card_id).question() for card_id in col.find_cards("")[:20]]
        assert all(len(q) > 40 for q in questions)
    finally:
        col.close()


@pytest.mark.packaging
def test_screenshots_are_pictures_of_the_window(installed):
    out = installed.work / "screens"
    listed = [Path(line) for line in installed.run("screenshots", str(out)).stdout.split()]
    assert {"library.png", "reader.png", "review-answer.png", "statistics.png"} <= {p.name for p in listed}
    assert len({p.read_bytes() for p in listed}) == len(listed)

    from PySide6.QtGui import QImage

    for path in listed:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 400 and image.height() >= 300, path  # dialogs are smaller
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        assert len(colours) >= 4, f"{path.name} is blank"


@pytest.mark.packaging
def test_install_desktop_points_the_menu_at_this_installation(installed):
    said = installed.run("install-desktop").stdout
    entry = Path(installed.env["XDG_DATA_HOME"]) / "applications" / "studyapp.desktop"
    assert str(entry) in said
    lines = dict(line.split("=", 1) for line in entry.read_text("utf-8").splitlines() if "=" in line)
    command = shlex.split(lines["Exec"])
    assert command == [str(installed.venv / "bin" / "studyapp")]
    started = subprocess.run([*command, "--help"], env=installed.env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0 and started.stdout.startswith("usage: studyapp")
    installed.run("install-desktop", "--uninstall")
    assert not entry.exists()
