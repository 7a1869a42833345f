# pypy.rlib.parsing.ebnfparse: the pre-2013 name of rpython.rlib.parsing.ebnfparse (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.ebnfparse import *  # noqa: F401,F403
