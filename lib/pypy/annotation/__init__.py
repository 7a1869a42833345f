"""pypy.annotation: the name PyPy's tree gave this package before RPython moved out of it (2013)."""
