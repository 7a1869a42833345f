# pypy.rlib.rstruct.error: the pre-2013 name of rpython.rlib.rstruct.error (before RPython moved out of PyPy's tree).
from rpython.rlib.rstruct.error import *  # noqa: F401,F403
