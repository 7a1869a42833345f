# pypy.rlib.objectmodel: the pre-2013 name of rpython.rlib.objectmodel (before RPython moved out of PyPy's tree).
from rpython.rlib.objectmodel import *  # noqa: F401,F403
