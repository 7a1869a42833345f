# pypy.rlib.listsort: the pre-2013 name of rpython.rlib.listsort (before RPython moved out of PyPy's tree).
from rpython.rlib.listsort import *  # noqa: F401,F403
