# pypy.rlib.types: the pre-2013 name of rpython.rlib.types (before RPython moved out of PyPy's tree).
from rpython.rlib.types import *  # noqa: F401,F403
