# pypy.rlib.rfloat: the pre-2013 name of rpython.rlib.rfloat (before RPython moved out of PyPy's tree).
from rpython.rlib.rfloat import *  # noqa: F401,F403
