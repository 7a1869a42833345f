# pypy.rlib.rsre.rsre_core: the pre-2013 name of rpython.rlib.rsre.rsre_core (before RPython moved out of PyPy's tree).
from rpython.rlib.rsre.rsre_core import *  # noqa: F401,F403
