# pypy.rpython.lltypesystem.rffi: the pre-2013 name of rpython.rtyper.lltypesystem.rffi (before RPython moved out of PyPy's tree).
from rpython.rtyper.lltypesystem.rffi import *  # noqa: F401,F403
