# pypy.rlib.parsing.regexparse: the pre-2013 name of rpython.rlib.parsing.regexparse (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.regexparse import *  # noqa: F401,F403
