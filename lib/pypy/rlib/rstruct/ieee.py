# pypy.rlib.rstruct.ieee: the pre-2013 name of rpython.rlib.rstruct.ieee (before RPython moved out of PyPy's tree).
from rpython.rlib.rstruct.ieee import *  # noqa: F401,F403
