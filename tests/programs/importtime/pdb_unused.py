# python2
# Real RPython programs import pdb for their untranslated debugging: the import works, and a
# set_trace() behind `if not we_are_translated():` is never translated. A prebuilt instance's
# attributes that translated code never reads (a builtin function, a dict mixing key types, a
# module) are ignored, as RPython ignores them.
import pdb
import os
from rpython.rlib.objectmodel import we_are_translated


class Config(object):
    def __init__(self):
        self.name = "cfg"
        self.opener = open
        self.table = {1: "one", "two": 2}
        self.module = os
        self.debugger = pdb.Pdb


CONFIG = Config()


def check(n):
    if n < 0:
        if not we_are_translated():
            pdb.set_trace()
        return "negative"
    return "ok"


def entry_point(argv):
    print CONFIG.name, check(len(argv))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
