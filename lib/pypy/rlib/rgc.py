# pypy.rlib.rgc: the pre-2013 name of rpython.rlib.rgc (before RPython moved out of PyPy's tree).
from rpython.rlib.rgc import *  # noqa: F401,F403
