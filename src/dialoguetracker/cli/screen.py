"""Whether the desktop application can be shown: asked before anything heavy is imported."""

from __future__ import annotations

import os
import sys


def has_screen() -> bool:
    """On Linux a window needs a display server (or a Qt platform chosen by hand, such as
    ``offscreen``); elsewhere there is always a desktop."""
    on_linux = sys.platform.startswith("linux")
    chosen = os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
    return not on_linux or bool(chosen or os.environ.get("WAYLAND_DISPLAY"))


XCB_LIBRARIES = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)
"""What Qt's X11 platform plugin (``xcb``) loads, and the Debian/Ubuntu package of each. A
minimal system lacks some (``libxcb-cursor0`` most often), and Qt then aborts with a message
about plugins instead of naming the package."""


def uses_xcb() -> bool:
    """Whether Qt will open its X11 platform: Linux, an X display, no other platform chosen."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or chosen not in ("", "xcb"):
        return False
    return bool(os.environ.get("DISPLAY")) and not (
        not chosen and os.environ.get("WAYLAND_DISPLAY")
    )


def missing_packages(libraries: tuple[tuple[str, str], ...] = XCB_LIBRARIES) -> list[str]:
    """The packages of the libraries that cannot be loaded, in the order listed (each once).
    Loading them now costs nothing extra: Qt loads the same ones a moment later."""
    import ctypes

    missing: list[str] = []
    for library, package in libraries:
        try:
            ctypes.CDLL(library)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing


def missing_packages_line(packages: list[str]) -> str:
    """One line for the user: what to install, and the alternatives."""
    from dialoguetracker.domain.words import translate

    return translate(
        "CommandLine",
        "the desktop needs system packages that are missing: install them with "
        "'sudo apt-get install {packages}' (or start with QT_QPA_PLATFORM=wayland "
        "on a Wayland desktop, or QT_QPA_PLATFORM=offscreen for no window)",
    ).format(
        packages=" ".join(packages),
    )
