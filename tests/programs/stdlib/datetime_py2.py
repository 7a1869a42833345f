# python2
# datetime in an RPython program (Python 2.7's reprs and messages): values built while the module
# is imported (prebuilt instances, a table, the import's now()) and at run time; timedelta of
# float arguments rounded as Python 2.7 rounds them (half away from zero), at import time and in
# the binary.
import datetime
from datetime import date, timedelta

START = date(2020, 1, 2)
STEP = timedelta(days=1, hours=25, minutes=3, seconds=-7, microseconds=12)
TABLE = [START + timedelta(days=i * 40) for i in range(5)]
STAMP = datetime.datetime(2021, 12, 31, 23, 59, 30, 500)
BUILT = datetime.datetime.now()
LABEL = STAMP.strftime("%Y-%m-%d %H:%M:%S %a %b %j")
FLOATS = [repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=2.5)), repr(timedelta(microseconds=-0.5)),
          repr(timedelta(days=-1.1, seconds=3.3)), repr(timedelta(seconds=1600000000.123456789)),
          repr(timedelta(weeks=0.3, days=0.7, hours=0.9, minutes=0.1, seconds=0.35, milliseconds=0.0255, microseconds=0.3))]


def entry_point(argv):
    print START, repr(START), START.weekday(), START.toordinal()
    print STEP, repr(STEP), STEP.total_seconds(), -STEP, repr(-STEP), STEP * 3, STEP // 2, STEP / 2
    print repr(timedelta(0)), repr(timedelta(seconds=5)), str(timedelta(microseconds=-1))
    for d in TABLE:
        print d, d - START, repr(d - START), d.strftime("%d/%m/%y %A")
    print STAMP, repr(STAMP), STAMP.isoformat(), STAMP + timedelta(seconds=31), repr(STAMP - datetime.datetime(2021, 1, 1))
    print LABEL, BUILT.year >= 2020, BUILT < datetime.datetime.now()
    d = date(2000 + len(argv), 2, 28)
    print d + timedelta(1), d.replace(day=1), repr(d + timedelta(1)), d.isoformat()
    try:
        date(1899, 1, 1).strftime("%Y")
    except ValueError as e:
        print "ValueError", e
    for bad in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1)]:
        try:
            date(bad[0], bad[1], bad[2])
        except ValueError as e:
            print "ValueError", e
    t = timedelta(days=len(argv))
    print t, bool(t), repr(t), hash(t) == hash(timedelta(1))
    print FLOATS
    half = 0.5 * len(argv)
    print repr(timedelta(microseconds=half)), repr(timedelta(microseconds=half + 2.0)), repr(timedelta(seconds=-half))
    print repr(timedelta(hours=0.1 * len(argv))), repr(timedelta(days=1.1 * len(argv), seconds=3))
    n = datetime.datetime.now()
    print n.year > 2000, (datetime.datetime.now() - n) < timedelta(seconds=10)
    return 0


def target(*args):
    return entry_point, None

if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
