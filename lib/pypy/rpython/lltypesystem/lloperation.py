# pypy.rpython.lltypesystem.lloperation: the pre-2013 name of rpython.rtyper.lltypesystem.lloperation (before RPython moved out of PyPy's tree).
from rpython.rtyper.lltypesystem.lloperation import *  # noqa: F401,F403
