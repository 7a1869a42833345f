# pypy.rlib.parsing.parsing: the pre-2013 name of rpython.rlib.parsing.parsing (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.parsing import *  # noqa: F401,F403
