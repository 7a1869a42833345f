# pypy.rlib.streamio: the pre-2013 name of rpython.rlib.streamio (before RPython moved out of PyPy's tree).
from rpython.rlib.streamio import *  # noqa: F401,F403
