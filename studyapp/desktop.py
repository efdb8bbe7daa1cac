"""The desktop menu entry on Linux: a freedesktop ``.desktop`` file and the app icon in the user's data folder.

A wheel cannot put files into ``~/.local/share`` (pip and pipx install only into the environment), so
``studyapp install-desktop`` writes them, pointing at the ``studyapp`` that runs it, and ``--uninstall`` takes
them away. Desktops (GNOME, KDE, Xfce...) watch these folders and update their menus by themselves.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template

from studyapp.errors import StudyappError
from studyapp.paths import resource

# The desktop file id: studyapp.app gives Qt the same name (setDesktopFileName), which is how a Wayland
# compositor matches the running window to this entry and its icon.
APP_ID = "studyapp"

# Characters that make an Exec argument need double quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class DesktopFiles:
    """Where the entry and its icon go (or went)."""

    entry: Path
    icon: Path


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or not absolute (as the XDG spec says)."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def desktop_files(home: Path | None = None) -> DesktopFiles:
    """The entry under ``applications/`` and the scalable icon of the hicolor theme, below ``home``."""
    base = home or data_home()
    return DesktopFiles(
        entry=base / "applications" / f"{APP_ID}.desktop",
        icon=base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )


def launch_command() -> list[str]:
    """The command that starts this installation: the ``studyapp`` script when that is what runs, else
    ``python -m studyapp`` with this interpreter (a virtualenv's python keeps its environment)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.is_file():
        return [str(script.absolute())]
    return [sys.executable, "-m", "studyapp"]


def exec_line(command: list[str]) -> str:
    """``command`` as the value of an ``Exec`` key: arguments quoted and escaped as the specification asks."""

    def argument(arg: str) -> str:
        if _RESERVED.isdisjoint(arg):
            return arg.replace("%", "%%")
        quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{quoted}"'.replace("%", "%%")

    # The value is itself a string in which a backslash is escaped (a second level of escaping).
    return " ".join(argument(arg) for arg in command).replace("\\", "\\\\")


def _string_value(text: str) -> str:
    """``text`` as a plain string value (TryExec is a path, not an Exec command line)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def entry_text(command: list[str]) -> str:
    """The ``.desktop`` file for ``command``, from the template in ``resources/desktop/``."""
    template = Template(resource(f"desktop/{APP_ID}.desktop").read_text(encoding="utf-8"))
    return template.substitute(exec=exec_line(command), try_exec=_string_value(command[0]))


def _require_freedesktop() -> None:
    if sys.platform in ("win32", "darwin"):
        raise StudyappError(
            "install-desktop adds studyapp to the menu of Linux desktops; "
            "on this system start it with the `studyapp` command."
        )


def install(home: Path | None = None, command: list[str] | None = None) -> DesktopFiles:
    """Write the entry and the icon (replacing earlier ones) and return where they are."""
    _require_freedesktop()
    files = desktop_files(home)
    files.icon.parent.mkdir(parents=True, exist_ok=True)
    files.icon.write_bytes(resource("icons/app.svg").read_bytes())
    files.entry.parent.mkdir(parents=True, exist_ok=True)
    files.entry.write_text(entry_text(command or launch_command()), encoding="utf-8")
    return files


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the entry and the icon; returns the files that were there."""
    _require_freedesktop()
    files = desktop_files(home)
    removed = [path for path in (files.entry, files.icon) if path.exists()]
    for path in removed:
        path.unlink()
    return removed
