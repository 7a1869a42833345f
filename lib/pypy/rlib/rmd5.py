# pypy.rlib.rmd5: the pre-2013 name of rpython.rlib.rmd5 (before RPython moved out of PyPy's tree).
from rpython.rlib.rmd5 import *  # noqa: F401,F403
