# pypy.tool.pairtype: the pre-2013 name of rpython.tool.pairtype (before RPython moved out of PyPy's tree).
from rpython.tool.pairtype import *  # noqa: F401,F403
