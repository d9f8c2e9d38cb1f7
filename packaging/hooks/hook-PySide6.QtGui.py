"""QtGui as PyInstaller's own hook collects it, less two plugins the program never uses, each
of which would bring a tail of libraries into the bundle:

- Qt's virtual keyboard input context, which links Qt Quick and QML (some 20 MB);
- the GTK 3 platform theme, which links the build machine's GTK, cairo and pango, copies of
  which would then meet the user's own GTK in one process. Without it, Qt draws its own
  style and, on a desktop with portals, uses the desktop's file dialogs.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = {"qtvirtualkeyboardplugin", "qgtk3"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)


def _plugin_name(path: str) -> str:
    return Path(path).stem.removeprefix("lib")


binaries = [entry for entry in binaries if _plugin_name(entry[0]) not in UNUSED_PLUGINS]
