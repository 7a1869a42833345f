# pypy.rpython.lltypesystem.lltype: the pre-2013 name of rpython.rtyper.lltypesystem.lltype (before RPython moved out of PyPy's tree).
from rpython.rtyper.lltypesystem.lltype import *  # noqa: F401,F403
