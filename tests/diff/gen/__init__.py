"""A generator of random, well-typed RPython programs and Python 3 scripts (see ../README.md)."""
