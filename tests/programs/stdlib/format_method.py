# format(x, spec), f"{x:spec}", f"{x}" and "{:spec}".format(x) of an instance whose class defines
# __format__ (datetime's date, a program's class) call x.__format__(spec), whatever the spec would
# mean to a number; date == datetime is False both ways (one __eq__ for both classes).
import datetime
import sys


class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return '$%d.%02d' % (self.cents // 100, self.cents % 100)

    def __str__(self):
        return 'Money'


d = datetime.date(2020, 1, 1 + len(sys.argv))
m = Money(12345 + len(sys.argv))
print(f"{d:%Y-%m-%d}", "{:%Y}".format(d), format(d, '%d/%m'), f"{m}", f"{m:short}", format(m), "[{}] [{:short}] {}".format(m, m, 3))
print(f"{d}", str(d), "{0}-{1:%b}".format(1, d), "{!s:>8}|".format(m))
print(d == datetime.datetime(2020, 1, 1), datetime.datetime(2020, 1, 2) == d, d != datetime.datetime(2020, 1, 2))
