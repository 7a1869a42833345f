# pypy.rlib.rstruct.runpack: the pre-2013 name of rpython.rlib.rstruct.runpack (before RPython moved out of PyPy's tree).
from rpython.rlib.rstruct.runpack import *  # noqa: F401,F403
