# datetime in translated code (a script: everything after the first print runs in the binary):
# date/timedelta/datetime arithmetic, comparison, str/repr/isoformat, strftime, now()/today(),
# timedelta of float arguments (rounded as CPython does), errors with their messages.
import datetime
import time
from datetime import date, timedelta
d = date(2020, 1, 2)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal())
e = d + timedelta(days=59)
print(e, e - d, repr(e - d), d - e, repr(d - e))
print(d < e, d == date(2020, 1, 2), d != e, hash(d) == hash(date(2020, 1, 2)))
td = timedelta(days=1, hours=25, minutes=3, seconds=-7, microseconds=12)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 3, 3 * td, td // 2, td / 2)
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(repr(timedelta(0)), repr(timedelta(seconds=5)), str(timedelta(microseconds=-1)))
print(timedelta.max, timedelta.min, date.max, date.min, datetime.datetime.max, datetime.datetime.min)
dt = datetime.datetime(2021, 12, 31, 23, 59, 30, 500)
print(dt, repr(dt), dt.isoformat(), dt + timedelta(seconds=31), repr(dt - datetime.datetime(2021, 1, 1)))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %U %W %w %% %c %x %X"))
print(d.strftime("%d/%m/%Y"), format(dt, ""), "{}".format(d), f"{dt}")
print(date.fromordinal(1), date.fromordinal(737000), datetime.datetime.utcfromtimestamp(1600000000.25))
print(repr(datetime.datetime(2020, 1, 1)), repr(datetime.datetime(2020, 1, 1, 0, 0, 5)), dt.date(), dt.replace(year=2000))
for y in (1900, 2000, 2024, 2100):
    print(date(y, 3, 1) - date(y, 2, 1))
now = datetime.datetime.now()
print(type(now).__name__, now > datetime.datetime(2020, 1, 1), type(date.today()).__name__)
for bad in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as ex:
        print("ValueError", ex)
try:
    date.max + timedelta(1)
except OverflowError as ex:
    print("OverflowError", ex)
try:
    timedelta(days=1000000000)
except OverflowError as ex:
    print("OverflowError", ex)
print(bool(timedelta(0)), bool(timedelta(1)))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(datetime.MINYEAR, datetime.MAXYEAR, date.resolution, timedelta.resolution)
print(datetime.datetime.fromtimestamp(0) - datetime.datetime.utcfromtimestamp(0))
print(datetime.datetime(2020,1,1,12).timestamp() - datetime.datetime(2020,1,1).timestamp())
from datetime import timedelta as T
print(repr(T(microseconds=0.5)))
print(repr(T(microseconds=1.5)))
print(repr(T(microseconds=2.5)))
print(repr(T(microseconds=-0.5)))
print(repr(T(microseconds=-1.5)))
print(repr(T(seconds=1.5)))
print(repr(T(hours=0.1)))
print(repr(T(days=1.1)))
print(repr(T(days=-1.1, seconds=3.3)))
print(repr(T(seconds=1e-7)))
print(repr(T(milliseconds=0.0005)))
print(repr(T(milliseconds=0.0015)))
print(repr(T(weeks=0.3, days=0.7, hours=0.9, minutes=0.1, seconds=0.35, milliseconds=0.0255, microseconds=0.3)))
print(repr(T(seconds=1600000000.123456789)))
print(repr(T(minutes=-0.00001)))
start = time.time()
elapsed = timedelta(seconds=time.time() - start)
print(elapsed < timedelta(seconds=60), elapsed >= timedelta(0))
for bad in ["hour", "minute"]:
    try:
        if bad == "hour":
            d.replace(hour=1)
        else:
            d.replace(minute=1)
    except TypeError as ex:
        print("TypeError", ex)
try:
    print(timedelta(1) // 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
counts = {}
for k in [date(2020, 1, 1), date(2020, 1, 1) + timedelta(0), date(2021, 1, 1)]:
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[0].toordinal()))
