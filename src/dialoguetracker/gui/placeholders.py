"""Filling Qt's ``%1`` … ``%9`` placeholders of a translated message, in one pass.

Chained ``.replace("%1", a).replace("%2", b)`` reads naturally but is wrong: the second
replace also rewrites a ``%2`` that ``a`` brought in, so a meeting titled ``Talks on %2``
would show the next value inside its own title. Qt's ``QString.arg`` is not available on the
``str`` that PySide6 returns, hence this helper; no Qt is needed for it.
"""

from __future__ import annotations

import re
from typing import Final

_PLACEHOLDER: Final = re.compile(r"%([1-9])")


def filled(template: str, *values: str) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` in one pass: a value that
    itself holds ``%2`` is shown as it is, never given the next value. A placeholder with no
    value is left as written, so a missing argument shows instead of vanishing."""
    return _PLACEHOLDER.sub(
        lambda found: values[int(found[1]) - 1] if int(found[1]) <= len(values) else found[0],
        template,
    )
