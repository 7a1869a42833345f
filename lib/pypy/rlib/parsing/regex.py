# pypy.rlib.parsing.regex: the pre-2013 name of rpython.rlib.parsing.regex (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.regex import *  # noqa: F401,F403
