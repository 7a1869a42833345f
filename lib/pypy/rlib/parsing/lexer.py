# pypy.rlib.parsing.lexer: the pre-2013 name of rpython.rlib.parsing.lexer (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.lexer import *  # noqa: F401,F403
