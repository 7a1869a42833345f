# pypy.rlib.unroll: the pre-2013 name of rpython.rlib.unroll (before RPython moved out of PyPy's tree).
from rpython.rlib.unroll import *  # noqa: F401,F403
