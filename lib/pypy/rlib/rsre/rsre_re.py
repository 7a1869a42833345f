# pypy.rlib.rsre.rsre_re: the pre-2013 name of rpython.rlib.rsre.rsre_re (before RPython moved out of PyPy's tree).
from rpython.rlib.rsre.rsre_re import *  # noqa: F401,F403
