# datetime while a script is imported: every value below is computed by the import-time evaluator
# (no clock, no output before the last line), then printed by the binary.
OUT = []
def out(*a): OUT.append(" ".join(str(x) for x in a))
import datetime
from datetime import date, timedelta
d = date(2020, 1, 2)
out(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal())
e = d + timedelta(days=59)
out(e, e - d, repr(e - d), d - e, repr(d - e))
out(d < e, d == date(2020, 1, 2), d != e, hash(d) == hash(date(2020, 1, 2)))
td = timedelta(days=1, hours=25, minutes=3, seconds=-7, microseconds=12)
out(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 3, 3 * td, td // 2, td / 2)
out(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
out(repr(timedelta(0)), repr(timedelta(seconds=5)), str(timedelta(microseconds=-1)))
out(timedelta.max, timedelta.min, date.max, date.min, datetime.datetime.max, datetime.datetime.min)
dt = datetime.datetime(2021, 12, 31, 23, 59, 30, 500)
out(dt, repr(dt), dt.isoformat(), dt + timedelta(seconds=31), repr(dt - datetime.datetime(2021, 1, 1)))
out(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %U %W %w %% %c %x %X"))
out(d.strftime("%d/%m/%Y"), format(dt, ""), "{}".format(d), f"{dt}")
out(date.fromordinal(1), date.fromordinal(737000), datetime.datetime.utcfromtimestamp(1600000000.25))
out(repr(datetime.datetime(2020, 1, 1)), repr(datetime.datetime(2020, 1, 1, 0, 0, 5)), dt.date(), dt.replace(year=2000))
for y in (1900, 2000, 2024, 2100):
    out(date(y, 3, 1) - date(y, 2, 1))
for bad in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as ex:
        out("ValueError", ex)
try:
    date.max + timedelta(1)
except OverflowError as ex:
    out("OverflowError", ex)
try:
    timedelta(days=1000000000)
except OverflowError as ex:
    out("OverflowError", ex)
out(bool(timedelta(0)), bool(timedelta(1)))
out(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
out(datetime.MINYEAR, datetime.MAXYEAR, date.resolution, timedelta.resolution)
from datetime import timedelta as T
cases = [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5),
         dict(seconds=1.5), dict(hours=0.1), dict(days=-1.1, seconds=3.3), dict(milliseconds=0.0015),
         dict(weeks=0.3, days=0.7, hours=0.9, minutes=0.1, seconds=0.35, milliseconds=0.0255, microseconds=0.3),
         dict(seconds=1600000000.123456789), dict(minutes=-0.00001)]
for c in cases:
    out(sorted(c.items()), repr(T(**c)))
out(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
out(datetime.MINYEAR, datetime.MAXYEAR, date.resolution, timedelta.resolution)
out(date(2020, 1, 1) == datetime.datetime(2020, 1, 1), date(2020, 1, 1) != datetime.datetime(2020, 1, 1))
for f in (lambda: date(2020, 1, 1) < datetime.datetime(2020, 1, 1), lambda: datetime.datetime(2020, 1, 1) - date(2020, 1, 1),
          lambda: date(2020, 1, 1) + date(2020, 1, 1), lambda: timedelta(1) / 0):
    try:
        out(f())
    except Exception as e:
        out(type(e).__name__, e)
print("\n".join(OUT))
