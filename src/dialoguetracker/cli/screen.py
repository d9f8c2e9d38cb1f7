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
