# pypy.rlib.debug: the pre-2013 name of rpython.rlib.debug (before RPython moved out of PyPy's tree).
from rpython.rlib.debug import *  # noqa: F401,F403
