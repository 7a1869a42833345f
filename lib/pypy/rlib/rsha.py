# pypy.rlib.rsha: the pre-2013 name of rpython.rlib.rsha (before RPython moved out of PyPy's tree).
from rpython.rlib.rsha import *  # noqa: F401,F403
