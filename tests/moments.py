"""The moments tests stand at: the program's clock never reads the real time in a test."""

from __future__ import annotations

from datetime import UTC, datetime

FIXED_NOW = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
"""The moment of the services that the store and service tests build with a clock of their own."""

TEST_NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
"""Where the program's one clock stands in every test, whatever the day the suite runs on:
the sample, the application and the command line all see this moment as now."""
