# python2
# rpython.rlib.rpath (POSIX path functions), rtime and rtimer (clocks: only what does not
# depend on the moment is printed) and rStringIO (RPython's file-like buffer and its position
# rules), at import time and in the translated entry point.
from rpython.rlib import rtime, rpath, rtimer
from rpython.rlib.rStringIO import RStringIO

PATHS = ['', '.', '/', '//', '///a//b/', 'a/./b/../../..', '/a/b/../../../c', 'x/y/', '../a/..',
         'a//b///c/.']
AT_IMPORT = [rpath.rnormpath(p) for p in PATHS]


def show_stringio():
    f = RStringIO()
    f.write('hello ')
    f.write('world\nsecond line\nthird')
    print f.getsize(), f.tell(), repr(f.getvalue())
    f.seek(0)
    print repr(f.readline()), f.tell()
    print repr(f.read(6)), f.tell()
    f.seek(2, 1)
    f.write('LINE')
    print f.tell(), repr(f.getvalue())
    f.seek(-3, 2)
    print repr(f.read()), f.tell()
    f.seek(30)
    f.write('!')
    print repr(f.getvalue()), f.tell()
    f.seek(4)
    f.write('0123456789' * 4)
    print f.getsize(), f.tell()
    f.truncate(8)
    print repr(f.getvalue()), f.tell()
    f.truncate(100)
    print f.getsize()
    f.seek(-50, 1)
    print f.tell(), repr(f.readline(3)), repr(f.readline())
    f.close()
    print f.is_closed(), repr(f.getvalue())


def entry_point(argv):
    print AT_IMPORT
    for p in PATHS:
        print repr(p), repr(rpath.rnormpath(p)), rpath.risabs(p), repr(rpath.dirname(p)), repr(rpath.basename(p))
    print rpath.rjoin('a', 'b'), rpath.rjoin('a/', 'b'), rpath.rjoin('a', '/b'), rpath.rjoin('', 'b')
    print rpath.join('a', ['b', 'c/', 'd']), rpath.split('/usr/lib/x.so')
    print rpath.risabs(rpath.rabspath('rel')), rpath.rabspath('/x/../y')
    print rpath.exists('/'), rpath.exists('/no/such/path/here')
    t0 = rtime.time()
    c0 = rtime.clock()
    s0 = rtimer.read_timestamp()
    x = 0
    for i in range(100000):
        x += i % 7
    rtime.sleep(0.01)
    print x, rtime.time() >= t0 + 0.005, rtime.clock() >= c0, rtimer.read_timestamp() >= s0
    print rtimer.get_timestamp_unit() == rtimer.UNIT_NS
    show_stringio()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
