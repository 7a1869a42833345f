# rsignal's pypysig_getaddr_occurred() gives a raw pointer to the C flag, which translated rpy
# programs have no equivalent for: importing it fails by name.
from rpython.rlib.rsignal import pypysig_getaddr_occurred


def entry_point(argv):
    return pypysig_getaddr_occurred().c_value


def target(*args):
    return entry_point, None
