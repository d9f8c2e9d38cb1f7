"""Interchange documents large enough for work to take a while: many commitments of one
working group, each with a due date."""

from __future__ import annotations

from typing import Any


def many_commitments(count: int, name: str = "Large working group") -> dict[str, Any]:
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "Mexico"}],
        "dialogues": [
            {
                "id": "d1",
                "name": name,
                "parties": ["US", "MX"],
                "commitments": [
                    {
                        "id": f"c{n}",
                        "text": f"Commitment {n} of the large file",
                        "owner": "US" if n % 2 else "MX",
                        "status": "agreed",
                        "due": f"2027-{1 + n % 12:02d}-{1 + n % 28:02d}",
                    }
                    for n in range(count)
                ],
            }
        ],
    }
