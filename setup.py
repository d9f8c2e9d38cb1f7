"""The build step pyproject.toml cannot declare: the interface translations compiled.

Each ``resources/translations/*.ts`` (the source, kept in the repository) is compiled to a
``.qm`` catalogue by PySide6's ``lrelease`` whenever the package is built, so ``pip install .``
ships the catalogues and no compiled binary is ever committed. An editable install compiles
them next to their sources (ignored by git), where the package finds them at run time.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).parent / "resources" / "translations"


def compile_translations(target: Path) -> list[Path]:
    """Every catalogue compiled into ``target``; a source that does not compile fails the
    build (lrelease names the line)."""
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(SOURCES.glob("*.ts")):
        catalogue = target / source.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease), "-silent", "-nounfinished", str(source), "-qm", str(catalogue)],
            check=True,
        )
        built.append(catalogue)
    return built


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_translations(SOURCES)
        else:
            target = Path(self.build_lib) / "dialoguetracker" / "resources" / "translations"
            compile_translations(target)


setup(cmdclass={"build_py": BuildWithTranslations})
