"""rpy's pypackrat: the names programs import from it (PackratParser and
what its parsers raise and memoize; see makepackrat.py)."""

from rpython.rlib.parsing.makepackrat import (  # noqa: F401
    PackratParser, BacktrackException, Status, ErrorInformation)
