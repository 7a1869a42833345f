# pypy.rlib.rbigint: the pre-2013 name of rpython.rlib.rbigint (before RPython moved out of PyPy's tree).
from rpython.rlib.rbigint import *  # noqa: F401,F403
