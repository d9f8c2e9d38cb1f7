"""Before Qt starts on X11, a missing system library is named by its package in one line,
instead of Qt's abort about platform plugins."""

from __future__ import annotations

import pytest

from dialoguetracker.cli.screen import (
    XCB_LIBRARIES,
    missing_packages,
    missing_packages_line,
    uses_xcb,
)


def test_on_this_machine_nothing_is_missing() -> None:
    """The tests open windows under Xvfb here, so every library the list names loads."""
    assert missing_packages() == []
    assert ("libxcb-cursor.so.0", "libxcb-cursor0") in XCB_LIBRARIES


def test_a_library_that_does_not_load_is_named_by_its_package_once() -> None:
    table = (
        ("libxcb.so.1", "libxcb1"),
        ("libdoes-not-exist.so.9", "imaginary-package"),
        ("libalso-missing.so.2", "imaginary-package"),
        ("libnothing.so.0", "another-package"),
    )
    assert missing_packages(table) == ["imaginary-package", "another-package"]


def test_the_line_says_what_to_install_and_the_alternatives() -> None:
    line = missing_packages_line(["libxcb-cursor0", "libxcb-icccm4"])
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in line
    assert "QT_QPA_PLATFORM=offscreen" in line and "\n" not in line


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
        ({}, False),
    ],
)
def test_only_an_x11_start_is_checked(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: bool
) -> None:
    for name in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert uses_xcb() is expected
