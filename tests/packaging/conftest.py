"""The test application configured as the program configures its own (names, desktop file,
icon), for the tests that compare the running program with its packaging."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from dialoguetracker.gui.app import configure


@pytest.fixture
def configured_app(qapp: QApplication) -> Iterator[QApplication]:
    """``qapp`` after :func:`configure`, and as it was again afterwards."""
    kept = (
        qapp.windowIcon(),
        qapp.organizationName(),
        qapp.organizationDomain(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.applicationVersion(),
        qapp.desktopFileName(),
    )
    configure(qapp)
    yield qapp
    icon, organization, domain, name, display_name, version, desktop_file = kept
    qapp.setWindowIcon(icon)
    qapp.setOrganizationName(organization)
    qapp.setOrganizationDomain(domain)
    qapp.setApplicationName(name)
    qapp.setApplicationDisplayName(display_name)
    qapp.setApplicationVersion(version)
    qapp.setDesktopFileName(desktop_file)
