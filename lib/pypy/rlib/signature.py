# pypy.rlib.signature: the pre-2013 name of rpython.rlib.signature (before RPython moved out of PyPy's tree).
from rpython.rlib.signature import *  # noqa: F401,F403
