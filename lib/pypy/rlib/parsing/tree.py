# pypy.rlib.parsing.tree: the pre-2013 name of rpython.rlib.parsing.tree (before RPython moved out of PyPy's tree).
from rpython.rlib.parsing.tree import *  # noqa: F401,F403
