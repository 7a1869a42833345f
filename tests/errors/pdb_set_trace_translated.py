# pdb.set_trace() reached by translated code: refused, as RPython refuses it (it is not RPython);
# the usual guard is `if not we_are_translated():`.
import pdb


def entry_point(argv):
    if len(argv) > 3:
        pdb.set_trace()
    return 0


def target(*args):
    return entry_point, None
