"""Who a meeting's record is sent to, and how an e-mail address is found in a person's contact.

People are not users of the program and have no e-mail field of their own: their contact is
free text ("ana.garcia@sre.gob.mx, +52 55 …, office 4"), and the first address in it is the
one a record is sent to. Those copied for information go on the Cc line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ADDRESS = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])"
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
"""An address as people write one: dot-separated local words, ``@``, a domain with a dot."""


def address_in(contact: str | None) -> str | None:
    """The first e-mail address written in ``contact`` (a ``mailto:`` prefix is read past),
    or None when it holds none."""
    found = _ADDRESS.search(contact or "")
    return None if found is None else found.group()


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    party: str


@dataclass(frozen=True)
class RecordRecipients:
    """Who a record is addressed to, for one audience."""

    to: tuple[Recipient, ...] = ()
    cc: tuple[Recipient, ...] = ()
    """Those listed as copied for information."""
    without_address: tuple[str, ...] = ()
    """The names of those the record is for whose contact holds no e-mail address."""

    @property
    def count(self) -> int:
        return len(self.to) + len(self.cc)
