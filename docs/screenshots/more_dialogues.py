"""Two more dialogues beside the sample's, for the guide's picture of *All dialogues*.

``python docs/screenshots/more_dialogues.py OUT.json`` writes them as interchange JSON, which
``make screenshots`` imports with ``dialoguetracker import`` as a user would. Like the sample's
next round, every date is counted from the day the file is written (by the program's clock),
so the picture shows next meetings ahead, commitments overdue, due soon and stale whenever it
is made. Everything in them is illustrative, and says so.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dialoguetracker.domain import clock

PARTIES = [
    {"code": "US", "name": "United States", "language": "en"},
    {"code": "MX", "name": "Mexico", "language": "es"},
]


def _day(today: date, days: int) -> str:
    return (today + timedelta(days=days)).isoformat()


def _meeting(today: date, key: str, title: str, days: int, status: str) -> dict[str, Any]:
    return {
        "id": key,
        "title": f"(Illustrative) {title}",
        "start": _day(today, days),
        "location": "Washington, D.C. (illustrative)" if days % 2 else "Mexico City (illustrative)",
        "format": "in-person",
        "status": status,
    }


def _commitment(
    today: date,
    key: str,
    text: str,
    status: str,
    due: int | None,
    update: int | None = None,
) -> dict[str, Any]:
    """A commitment of the first round, due ``due`` days from today, with a progress update
    ``update`` days from today (none: it has had no news since it was recorded)."""
    made: dict[str, Any] = {
        "id": key,
        "text": f"(Illustrative) {text}",
        "meeting": f"{key[:2]}m1",
        "owner": "joint",
        "status": status,
        "handling": "public",
        "updates": [],
    }
    if due is not None:
        made["due"] = _day(today, due)
    if update is not None:
        made["updates"].append(
            {
                "date": _day(today, update),
                "note": "(Illustrative) Progress reported.",
                "handling": "public",
            }
        )
    return made


def dialogues(today: date) -> dict[str, Any]:
    digital = {
        "id": "d1",
        "name": "(Illustrative) U.S.-Mexico Working Group on Digital Connectivity",
        "short_name": "Digital WG",
        "parties": ["US", "MX"],
        "description": "An illustrative dialogue for the user guide.",
        "meetings": [
            _meeting(today, "d1m1", "First round on digital connectivity", -400, "held"),
            _meeting(today, "d1m2", "Second round on digital connectivity", 24, "planned"),
        ],
        "commitments": [
            _commitment(
                today, "d1c1", "Map broadband gaps along the border.", "in_progress", -20, -60
            ),
            _commitment(
                today, "d1c2", "Exchange spectrum plans for the border region.", "agreed", 12, -30
            ),
            _commitment(today, "d1c3", "Hold a joint workshop on data protection.", "agreed", None),
            _commitment(
                today, "d1c4", "Publish a joint note on submarine cables.", "completed", -90, -95
            ),
            _commitment(today, "d1c5", "Share contacts for network outages.", "agreed", 150, -250),
        ],
    }
    science = {
        "id": "d2",
        "name": "(Illustrative) U.S.-Mexico Working Group on Science and Technology",
        "short_name": "S&T WG",
        "parties": ["US", "MX"],
        "description": "An illustrative dialogue for the user guide.",
        "meetings": [
            _meeting(today, "d2m1", "First round on science and technology", -300, "held"),
            _meeting(today, "d2m2", "Second round on science and technology", 81, "planned"),
        ],
        "commitments": [
            _commitment(
                today, "d2c1", "Launch a joint research fellowship.", "in_progress", 200, -15
            ),
            _commitment(today, "d2c2", "Exchange open-data catalogues.", "agreed", -45),
            _commitment(
                today, "d2c3", "Agree a plan for a shared research station.", "proposed", None
            ),
        ],
    }
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": PARTIES,
        "dialogues": [digital, science],
    }


def main(out: str) -> None:
    document = dialogues(clock.today())
    Path(out).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
