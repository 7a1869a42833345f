# pypy.rlib.rfile: the pre-2013 name of rpython.rlib.rfile (before RPython moved out of PyPy's tree).
from rpython.rlib.rfile import *  # noqa: F401,F403
