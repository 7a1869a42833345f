# pypy.rlib.parsing.deterministic: the pre-2013 name of rpython.rlib.parsing.deterministic (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.deterministic import *  # noqa: F401,F403
