"""`studyapp install-desktop`: the menu entry and icon under the user's XDG data folder, and taking them away."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp import desktop
from studyapp.cli import main
from studyapp.paths import resource


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def exec_arguments(value: str) -> list[str]:
    """An Exec value read back as the Desktop Entry Specification says: the string's escapes, then the
    arguments (split at spaces; inside double quotes a backslash escapes ``"`` `` ` `` ``$`` ``\\``), then ``%%``."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(text)
    for c in chars:
        if quoted and c == "\\":
            escaped = next(chars)
            assert escaped in '"`$\\', f"{escaped!r} may not be escaped"
            current = (current or "") + escaped
        elif c == '"':
            quoted, current = not quoted, current or ""
        elif c == " " and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            assert quoted or c not in '"`$\\', f"{c!r} must be quoted"
            current = (current or "") + c
    assert not quoted, "unterminated quote"
    args += [] if current is None else [current]
    return [arg.replace("%%", "%") for arg in args]


def test_install_writes_an_entry_that_starts_this_studyapp(data_home, tmp_path, capsys):
    assert main(["install-desktop"]) == 0
    entry_path = data_home / "applications" / "studyapp.desktop"
    icon_path = data_home / "icons" / "hicolor" / "scalable" / "apps" / "studyapp.svg"
    assert str(entry_path) in capsys.readouterr().out
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "studyapp" and entry["Terminal"] == "false"
    assert entry["Icon"] == icon_path.stem and icon_path.read_bytes() == resource("icons/app.svg").read_bytes()
    assert "Education" in entry["Categories"].split(";") and entry["Categories"].endswith(";")
    assert Path(entry["TryExec"]).is_file()
    # Run from here, pytest is the program: the entry falls back to this interpreter with -m studyapp.
    command = exec_arguments(entry["Exec"])
    assert command == [sys.executable, "-m", "studyapp"]
    started = subprocess.run([*command, "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0 and "install-desktop" in started.stdout


def test_the_entry_has_the_name_the_window_gives_qt():
    from studyapp.app import APP_NAME  # QGuiApplication.setDesktopFileName: how Wayland finds entry and icon

    assert desktop.APP_ID == APP_NAME


def test_exec_quotes_what_the_specification_reserves():
    command = ["/home/ana/My Apps/$HOME/it's `here`\\bin/studyapp", "--data-dir", "/data/100% sure"]
    line = desktop.exec_line(command)
    assert line.startswith('"/home/ana/My Apps/\\\\$HOME/')  # quoted, $ escaped, the backslash escaped again
    assert exec_arguments(line) == command
    assert desktop.exec_line(["/usr/bin/studyapp"]) == "/usr/bin/studyapp"


def test_uninstall_removes_both_files_and_says_when_nothing_was_there(data_home, capsys):
    files = desktop.install()
    assert main(["install-desktop", "--uninstall"]) == 0
    out = capsys.readouterr().out
    assert f"Removed {files.entry}" in out and f"Removed {files.icon}" in out
    assert not files.entry.exists() and not files.icon.exists()
    assert main(["install-desktop", "--uninstall"]) == 0
    assert capsys.readouterr().out.strip() == "studyapp was not in the desktop menu."


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.install().entry == tmp_path / ".local" / "share" / "applications" / "studyapp.desktop"


def test_an_unusable_data_folder_is_a_sentence_not_a_traceback(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp: ") and str(blocker) in err and "Traceback" not in err


def test_other_systems_are_told_what_to_do(data_home, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["install-desktop"]) == 1
    assert "Linux desktops" in capsys.readouterr().err
    assert not data_home.exists()
