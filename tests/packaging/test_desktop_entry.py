"""The desktop file and the AppStream metainfo as a Linux desktop and a software centre read
them: valid by the freedesktop.org and AppStream validators, and naming the same application
id, command and icon as the program."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ElementTree

from packaging_support import (
    DESKTOP_FILE,
    ICONS,
    METAINFO,
    command_name,
    required_tool,
)
from PySide6.QtWidgets import QApplication

from dialoguetracker import APP_ID, APP_NAME


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    tool = required_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = required_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_starts_the_command_and_shows_the_icon_by_the_application_id() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == command_name()
    assert entry["Icon"] == APP_ID
    assert (ICONS / f"{APP_ID}.svg").is_file()
    assert entry["Terminal"] == "false"


def test_the_metainfo_describes_the_same_application() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == command_name()
    assert component.findtext("metadata_license") == "CC0-1.0"
    content_rating = component.find("content_rating")
    assert content_rating is not None and content_rating.get("type") == "oars-1.1"


def test_the_desktop_file_is_the_one_the_running_program_names(
    configured_app: QApplication,
) -> None:
    """Wayland matches a window to its desktop file by the name the program gives
    (``desktopFileName``); X11 desktops by the window's class, Qt's application name."""
    assert f"{configured_app.desktopFileName()}.desktop" == DESKTOP_FILE.name
    assert _desktop_entry()["StartupWMClass"] == configured_app.applicationName()
