# pypy.rlib.rstring: the pre-2013 name of rpython.rlib.rstring (before RPython moved out of PyPy's tree).
from rpython.rlib.rstring import *  # noqa: F401,F403
