"""The metainfo and the installer keep step with the project: the screenshots a software centre
shows are the repository's own, at the size given, and the newest release noted is the
version being built."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlparse

from packaging_support import INNO_SETUP, METAINFO, ROOT, project_version, pyproject

from dialoguetracker import APP_ID, __version__


def _component() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_screenshot_is_one_of_the_repositorys_at_the_size_given() -> None:
    images = _component().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = urlparse(image.text or "")
        assert url.scheme == "https"
        shot = ROOT / url.path.lstrip("/")
        assert shot.parent == ROOT / "docs" / "screenshots", url.path
        assert shot.is_file(), f"{url.path} is not in the repository"
        size = (int(image.get("width", "0")), int(image.get("height", "0")))
        assert _png_size(shot.read_bytes()) == size, url.path


def test_one_screenshot_is_the_default_and_each_has_a_caption() -> None:
    screenshots = _component().findall("screenshots/screenshot")
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    assert all((shot.findtext("caption") or "").strip() for shot in screenshots)


def test_the_newest_release_is_the_version_being_built_and_has_notes() -> None:
    releases = _component().findall("releases/release")
    assert releases[0].get("version") == project_version() == __version__
    for release in releases:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", ""))
        assert release.find("description") is not None, release.get("version")


def test_the_licences_are_the_projects() -> None:
    component = _component()
    assert component.findtext("project_license") == pyproject()["license"]
    assert component.findtext("metadata_license") == "CC0-1.0"


def test_the_windows_installer_names_the_same_application_and_version() -> None:
    script = INNO_SETUP.read_text(encoding="utf-8")
    version = re.search(r'#define AppVersion "([^"]+)"', script)
    assert version is not None and version[1] == project_version()
    assert f"AppId={APP_ID}\n" in script
