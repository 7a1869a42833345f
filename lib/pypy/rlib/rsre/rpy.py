# pypy.rlib.rsre.rpy: the pre-2013 name of rpython.rlib.rsre.rpy (before RPython moved out of PyPy's tree).
from rpython.rlib.rsre.rpy import *  # noqa: F401,F403
