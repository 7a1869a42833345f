# python2
# stderr-ok
# check-stderr
# The llop debug operations real interpreters call themselves (RPython's lloperation.py):
# debug_print_traceback in an except clause (translated only, behind we_are_translated(), as
# RPython refuses it untranslated), debug_start/debug_stop sections, have_debug_prints,
# debug_offset, debug_flush, debug_assert (AssertionError with its message when false).
from rpython.rtyper.lltypesystem import lltype
from rpython.rtyper.lltypesystem.lloperation import llop
from rpython.rlib.objectmodel import we_are_translated


def parse(s):
    if not s.isdigit():
        raise ValueError("not a number: " + s)
    return int(s)


def run(word):
    try:
        return parse(word)
    except ValueError as e:
        if we_are_translated():
            llop.debug_print_traceback(lltype.Void)
        print "bad:", e.message
        return -1


def entry_point(argv):
    llop.debug_start(lltype.Void, "main")
    print run("12"), run("x%d" % len(argv))
    if llop.have_debug_prints(lltype.Bool):
        llop.debug_print(lltype.Void, "debug prints are on")
    print llop.debug_offset(lltype.Signed)
    llop.debug_flush(lltype.Void)
    llop.debug_stop(lltype.Void, "main")
    llop.debug_assert(lltype.Void, len(argv) > 0, "argv is never empty")
    try:
        llop.debug_assert(lltype.Void, len(argv) > 5, "few arguments")
    except AssertionError as e:
        print "assert:", e
    llop.debug_assert(lltype.Void, len(argv) == 3, "not three")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
