# Low-level memory has no meaning in rpy: lltype.malloc and rffi.cast to a pointer are refused.
from rpython.rtyper.lltypesystem import lltype, rffi

NODE = lltype.GcStruct('Node', ('value', lltype.Signed))


def entry_point(argv):
    p = lltype.malloc(NODE)
    q = rffi.cast(rffi.CCHARP, 0)
    return 0


def target(*args):
    return entry_point, None
