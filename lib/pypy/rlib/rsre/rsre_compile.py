# pypy.rlib.rsre.rsre_compile: the pre-2013 name of rpython.rlib.rsre.rsre_compile (before RPython moved out of PyPy's tree).
from rpython.rlib.rsre.rsre_compile import *  # noqa: F401,F403
