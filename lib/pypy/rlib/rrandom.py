# pypy.rlib.rrandom: the pre-2013 name of rpython.rlib.rrandom (before RPython moved out of PyPy's tree).
from rpython.rlib.rrandom import *  # noqa: F401,F403
