"""rpy's datetime: naive dates and times with the meaning of Python's datetime module, in both
dialects (reprs and messages follow the program's interpreter), at import time and in translated
code.

Provided: timedelta (arithmetic with ints, comparison, str/repr, total_seconds), date and
datetime (construction and validation, today()/now()/utcnow()/fromtimestamp(), fromordinal,
toordinal, weekday, replace, isoformat, strftime, arithmetic with timedeltas, differences,
comparison and hashing). Values are kept in fields (days, seconds, microseconds) within machine
words, so the same code gives the same values with Python's unbounded ints at import time and
with machine ints in translated code. Local time comes from `_rpy_utc_offset`, the offset of the
local zone from UTC at a timestamp (an intrinsic of translated code). Refused by name (rpy:
NotImplementedError at import time; in translated code, a translation error naming the function
where it can be): time zones (tzinfo, timezone), strptime, combine, a float multiplier or divisor
of a timedelta, the `time` class, strftime directives other than C's common ones.
"""

import sys as _sys
import time as _time

_PY3 = _sys.version_info[0] >= 3

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


def _refuse(what):
    raise NotImplementedError("rpy: datetime: " + what + " is not supported")


def _not_rpython(func):
    """Refused where translated code calls it (rpy names the function); a NotImplementedError at
    import time."""
    func._not_rpython_ = True
    return func


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    n = _DAYS_BEFORE_MONTH[month]
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (day 1 is 0001-01-01)."""
    n -= 1
    cycles400 = n // 146097
    n = n % 146097
    year = cycles400 * 400 + 1
    cycles100 = n // 36524
    n = n % 36524
    cycles4 = n // 1461
    n = n % 1461
    years = n // 365
    n = n % 365
    year += cycles100 * 100 + cycles4 * 4 + years
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _check_date(year, month, day):
    if year < MINYEAR or year > MAXYEAR:
        if _PY3:
            raise ValueError("year %d is out of range" % year)
        raise ValueError("year is out of range")
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    if hour < 0 or hour > 23:
        raise ValueError("hour must be in 0..23")
    if minute < 0 or minute > 59:
        raise ValueError("minute must be in 0..59")
    if second < 0 or second > 59:
        raise ValueError("second must be in 0..59")
    if microsecond < 0 or microsecond > 999999:
        raise ValueError("microsecond must be in 0..999999")


def _round_half_even(x):
    """The nearest int to the float x, ties to the even one."""
    f = float(int(x))
    if x < 0.0 and f != x:
        f -= 1.0  # floor
    r = x - f
    n = int(f)
    if r > 0.5 or (r == 0.5 and n % 2 == 1):
        n += 1
    return n


def _round_half_away(x):
    if x < 0.0:
        return -_round_half_away(-x)
    n = int(x)
    if x - float(n) >= 0.5:
        n += 1
    return n


def _utc_fields(secs):
    """(ordinal, seconds of the day) of a timestamp in whole seconds."""
    days = secs // 86400
    return days + 719163, secs - days * 86400  # 719163: date(1970, 1, 1).toordinal()


def _rpy_utc_offset(secs):
    """The local zone's offset from UTC, in seconds, at the timestamp secs (an int)."""
    t = _time.localtime(secs)
    local = (_ymd_to_ordinal(t[0], t[1], t[2]) - 719163) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]
    return local - secs


def _two(n):
    if n < 10:
        return "0" + str(n)
    return str(n)


def _zero_pad(n, width):
    s = str(n)
    while len(s) < width:
        s = "0" + s
    return s


def _space_pad(n, width):
    s = str(n)
    while len(s) < width:
        s = " " + s
    return s


def _format_time(hour, minute, second, microsecond):
    s = _two(hour) + ":" + _two(minute) + ":" + _two(second)
    if microsecond:
        s += "." + _zero_pad(microsecond, 6)
    return s


def _strftime(fmt, year, month, day, hour, minute, second, microsecond):
    if not _PY3 and year < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() methods require year >= 1900" % year)
    wday = (_ymd_to_ordinal(year, month, day) + 6) % 7  # Monday is 0
    yday = _days_before_month(year, month) + day  # 1-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append(_two(month))
        elif d == "d":
            out.append(_two(day))
        elif d == "e":
            out.append(_space_pad(day, 2))
        elif d == "H":
            out.append(_two(hour))
        elif d == "I":
            out.append(_two((hour + 11) % 12 + 1))
        elif d == "M":
            out.append(_two(minute))
        elif d == "S":
            out.append(_two(second))
        elif d == "f":
            out.append(_zero_pad(microsecond, 6))
        elif d == "y":
            out.append(_two(year % 100))
        elif d == "C":
            out.append(_two(year // 100))
        elif d == "j":
            out.append(_zero_pad(yday, 3))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[wday])
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month])
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append(_two((yday - 1 + 7 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append(_two((yday - 1 + 7 - wday) // 7))
        elif d == "D":
            out.append(_two(month) + "/" + _two(day) + "/" + _two(year % 100))
        elif d == "x":
            out.append(_two(month) + "/" + _two(day) + "/" + _two(year % 100))
        elif d == "F":
            out.append(str(year) + "-" + _two(month) + "-" + _two(day))
        elif d == "T" or d == "X":
            out.append(_two(hour) + ":" + _two(minute) + ":" + _two(second))
        elif d == "R":
            out.append(_two(hour) + ":" + _two(minute))
        elif d == "c":
            out.append(_DAY_NAMES[wday][:3] + " " + _MONTH_NAMES[month][:3] + " " + _space_pad(day, 2) + " " +
                       _two(hour) + ":" + _two(minute) + ":" + _two(second) + " " + str(year))
        elif d == "z" or d == "Z":
            pass  # a naive value: empty, as Python's
        elif d == "%":
            out.append("%")
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        else:
            _refuse("strftime directive %" + d)
    return "".join(out)


from _rpy_spec import spec as _spec


class _Accum(object):
    """The parts of a timedelta being built: days, seconds and microseconds as ints, and the
    fractional microseconds of float arguments."""

    def __init__(self):
        self.d = 0
        self.s = 0
        self.us = 0
        self.leftover = 0.0

    @_spec("specialize:argtype(1)")
    def add(self, x, days, secs, us, factor):
        """Adds x units of (days, secs, us) microseconds each; factor is the unit in
        microseconds, as a float."""
        if isinstance(x, float):
            whole = int(x)  # toward zero, as modf
            frac = x - float(whole)
            self._add_int(whole, days, secs, us)
            if frac != 0.0:
                part = factor * frac
                part_whole = int(part)
                self.us += part_whole
                self.leftover += part - float(part_whole)
        else:
            self._add_int(x, days, secs, us)

    def _add_int(self, n, days, secs, us):
        self.d += n * days
        self.s += n * secs
        self.us += n * us


class timedelta(object):
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days within
    +-999999999."""

    @_spec("specialize:argtype(1, 2, 3, 4, 5, 6, 7)")
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # As CPython: each argument's integer part is exact; the fractional parts of float
        # arguments, in microseconds, add up in a float (microseconds first, weeks last) that is
        # rounded once at the end (Python 3: half to even, Python 2.7: half away from zero).
        acc = _Accum()
        acc.add(microseconds, 0, 0, 1, 1.0)
        acc.add(milliseconds, 0, 0, 1000, 1000.0)
        acc.add(seconds, 0, 1, 0, 1000000.0)
        acc.add(minutes, 0, 60, 0, 60000000.0)
        acc.add(hours, 0, 3600, 0, 3600000000.0)
        acc.add(days, 1, 0, 0, 86400000000.0)
        acc.add(weeks, 7, 0, 0, 604800000000.0)
        us = acc.us
        if acc.leftover != 0.0:
            whole = _round_half_away(acc.leftover)
            if _PY3 and abs(float(whole) - acc.leftover) == 0.5:
                odd = us & 1
                whole = 2 * _round_half_away((acc.leftover + float(odd)) * 0.5) - odd
            us += whole
        s = acc.s + us // 1000000
        us = us % 1000000
        d = acc.d + s // 86400
        s = s % 86400
        self._set(d, s, us)

    def _set(self, d, s, us):
        if d < -_MAX_DELTA_DAYS or d > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
        self.days = d
        self.seconds = s
        self.microseconds = us

    def _us_total(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def total_seconds(self):
        return float(self._us_total()) / 1000000.0

    def __repr__(self):
        if _PY3:
            parts = []
            if self.days:
                parts.append("days=%d" % self.days)
            if self.seconds:
                parts.append("seconds=%d" % self.seconds)
            if self.microseconds:
                parts.append("microseconds=%d" % self.microseconds)
            if not parts:
                return "datetime.timedelta(0)"
            return "datetime.timedelta(" + ", ".join(parts) + ")"
        if self.microseconds:
            return "datetime.timedelta(%d, %d, %d)" % (self.days, self.seconds, self.microseconds)
        if self.seconds:
            return "datetime.timedelta(%d, %d)" % (self.days, self.seconds)
        return "datetime.timedelta(%d)" % self.days

    def __str__(self):
        s = self.seconds
        text = "%d:%s:%s" % (s // 3600, _two(s // 60 % 60), _two(s % 60))
        if self.microseconds:
            text += "." + _zero_pad(self.microseconds, 6)
        if self.days:
            plural = "s"
            if self.days == 1 or self.days == -1:
                plural = ""
            text = "%d day%s, %s" % (self.days, plural, text)
        return text

    def _plus(self, d, s, us):
        us += self.microseconds
        s += self.seconds + us // 1000000
        us = us % 1000000
        d += self.days + s // 86400
        s = s % 86400
        r = timedelta()
        r._set(d, s, us)
        return r

    @_spec("specialize:argtype(1)")
    def __add__(self, other):
        return other._add_delta(self)

    @_spec("specialize:argtype(1)")
    def __radd__(self, other):
        return other._add_delta(self)

    def _add_delta(self, delta):
        return self._plus(delta.days, delta.seconds, delta.microseconds)

    def __sub__(self, other):
        return self._plus(-other.days, -other.seconds, -other.microseconds)

    def _subtracted_from_date(self, d):
        """d - self: the date d moved back by this duration."""
        return d._add_delta(-self)

    def _subtracted_from_datetime(self, d):
        """d - self: the datetime d moved back by this duration."""
        return d._add_delta(-self)

    def __neg__(self):
        return timedelta()._plus(-self.days, -self.seconds, -self.microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        if self.days < 0:
            return -self
        return self

    def __mul__(self, n):
        if isinstance(n, float):
            _refuse("a timedelta multiplied by a float")
        return timedelta()._plus(self.days * n, self.seconds * n, self.microseconds * n)

    def __rmul__(self, n):
        return self.__mul__(n)

    def _from_us(self, us):
        days = us // 86400000000
        rest = us - days * 86400000000
        r = timedelta()
        r._set(days, rest // 1000000, rest % 1000000)
        return r

    @_spec("specialize:argtype(1)")
    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not _PY3:
                raise TypeError("unsupported operand type(s) for //: 'datetime.timedelta' and 'datetime.timedelta'")
            if other._us_total() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return (self._us_total() // other._us_total())
        if other == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return (self._from_us(self._us_total() // other))

    @_spec("specialize:argtype(1)")
    def __div__(self, other):
        return self.__floordiv__(other)

    @_spec("specialize:argtype(1)")
    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if other._us_total() == 0:
                raise ZeroDivisionError("division by zero")
            return (float(self._us_total()) / float(other._us_total()))
        if isinstance(other, float):
            _refuse("a timedelta divided by a float")
        if other == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        a = self._us_total()
        q = a // other
        r = a - q * other
        # round half to even, as CPython divides a timedelta by an int
        if 2 * r > other or (2 * r == other and q % 2 == 1):
            q += 1
        return (self._from_us(q))

    def __mod__(self, other):
        if other._us_total() == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return self._from_us(self._us_total() % other._us_total())

    def _cmp(self, other):
        a = self._us_total()
        b = other._us_total()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        if not isinstance(other, timedelta):
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0

    def __nonzero__(self):
        return self.__bool__()


class date(object):
    """A day of the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        ordinal, s, us = _local_parts(t)
        y, m, d = _ordinal_to_ymd(ordinal)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if n < 1 or n > _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ordinal_to_ymd(n)
        return cls(y, m, d)

    def toordinal(self):
        return _ymd_to_ordinal(self.year, self.month, self.day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def replace(self, year=-1, month=-1, day=-1, hour=-1, minute=-1, second=-1, microsecond=-1):
        # one signature with datetime's (a method keeps its parameters in subclasses); a date
        # has no time fields
        for name, v in (("hour", hour), ("minute", minute), ("second", second), ("microsecond", microsecond)):
            if v != -1:
                if _PY3:
                    raise TypeError("'" + name + "' is an invalid keyword argument for replace()")
                raise TypeError("'" + name + "' is an invalid keyword argument for this function")
        if year == -1:
            year = self.year
        if month == -1:
            month = self.month
        if day == -1:
            day = self.day
        return date(year, month, day)

    def _iso_date(self):
        return _zero_pad(self.year, 4) + "-" + _two(self.month) + "-" + _two(self.day)

    def isoformat(self, sep="T"):
        # sep: one signature with datetime's; a date has no time to separate
        return self._iso_date()

    def __str__(self):
        return self._iso_date()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self.year, self.month, self.day)

    def strftime(self, fmt):
        return _strftime(fmt, self.year, self.month, self.day, 0, 0, 0, 0)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return self.strftime(spec)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def _add_delta(self, delta):
        n = self.toordinal() + delta.days
        if n < 1 or n > _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(n)
        return date(y, m, d)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            raise TypeError("unsupported operand type(s) for +: 'datetime.date' and 'datetime.date'")
        return self._add_delta(other)

    def __radd__(self, other):
        return self._add_delta(other)

    @_spec("specialize:argtype(1)")
    def __sub__(self, other):
        return other._subtracted_from_date(self)

    def _subtracted_from_date(self, d):
        """d - self, both dates."""
        return timedelta(d.toordinal() - self.toordinal())

    def _subtracted_from_datetime(self, d):
        raise TypeError("unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'")

    def _cmp(self, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        a = self.toordinal()
        b = other.toordinal()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    # One __eq__ for dates and datetimes (datetime does not override it): each class's _equals
    # decides, so `date == datetime` needs no reflected method of the subclass.
    def __eq__(self, other):
        if not isinstance(other, date):
            return False
        return self._equals(other)

    def _equals(self, other):
        if isinstance(other, datetime):
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    def __hash__(self):
        return hash((self.year, self.month, self.day))


def _local_parts(t):
    """(ordinal, seconds of the day, microseconds) of the timestamp t in local time."""
    return _parts(t, True)


def _parts(t, local):
    secs = int(t)
    if float(secs) > t:
        secs -= 1  # floor
    frac = t - float(secs)
    if _PY3:
        us = _round_half_even(frac * 1000000.0)
    else:
        us = _round_half_away(frac * 1000000.0)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    if local:
        secs += _rpy_utc_offset(secs)
    ordinal, s = _utc_fields(secs)
    return ordinal, s, us


def _local_timestamp(ordinal, s):
    """The timestamp (whole seconds) whose local time is ordinal, s (the first when it is
    ambiguous, as mktime)."""
    local = (ordinal - 719163) * 86400 + s
    u = local - _rpy_utc_offset(local)
    return local - _rpy_utc_offset(u)


class datetime(date):
    """A day and a time of day, naive (no tzinfo)."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if tzinfo is not None:
            _refuse("tzinfo")
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = None

    @classmethod
    def _from_parts(cls, ordinal, s, us):
        y, m, d = _ordinal_to_ymd(ordinal)
        return cls(y, m, d, s // 3600, s // 60 % 60, s % 60, us)

    @classmethod
    def now(cls, tz=None):
        if tz is not None:
            _refuse("now() with a time zone")
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None:
            _refuse("fromtimestamp() with a time zone")
        ordinal, s, us = _parts(t, True)
        return cls._from_parts(ordinal, s, us)

    @classmethod
    def utcfromtimestamp(cls, t):
        ordinal, s, us = _parts(t, False)
        return cls._from_parts(ordinal, s, us)

    @classmethod
    @_not_rpython
    def combine(cls, d, t):
        _refuse("datetime.combine()")

    @classmethod
    @_not_rpython
    def strptime(cls, text, fmt):
        _refuse("datetime.strptime()")

    def timestamp(self):
        t = _local_timestamp(self.toordinal(), self.hour * 3600 + self.minute * 60 + self.second)
        return float(t) + float(self.microsecond) / 1000000.0

    def date(self):
        return date(self.year, self.month, self.day)

    def replace(self, year=-1, month=-1, day=-1, hour=-1, minute=-1, second=-1, microsecond=-1):
        if year == -1:
            year = self.year
        if month == -1:
            month = self.month
        if day == -1:
            day = self.day
        if hour == -1:
            hour = self.hour
        if minute == -1:
            minute = self.minute
        if second == -1:
            second = self.second
        if microsecond == -1:
            microsecond = self.microsecond
        return datetime(year, month, day, hour, minute, second, microsecond)

    def isoformat(self, sep="T"):
        return self._iso_date() + sep + _format_time(self.hour, self.minute, self.second, self.microsecond)

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "datetime.datetime(%d, %d, %d, %d, %d" % (self.year, self.month, self.day, self.hour, self.minute)
        if self.microsecond:
            s += ", %d, %d" % (self.second, self.microsecond)
        elif self.second:
            s += ", %d" % self.second
        return s + ")"

    def strftime(self, fmt):
        return _strftime(fmt, self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return self.strftime(spec)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def _secs(self):
        return self.hour * 3600 + self.minute * 60 + self.second

    def _add_delta(self, delta):
        us = self.microsecond + delta.microseconds
        s = self._secs() + delta.seconds + us // 1000000
        us = us % 1000000
        n = self.toordinal() + delta.days + s // 86400
        s = s % 86400
        if n < 1 or n > _MAXORDINAL:
            raise OverflowError("date value out of range")
        return datetime._from_parts(n, s, us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            raise TypeError("unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'")
        return self._add_delta(other)

    def __radd__(self, other):
        return self._add_delta(other)

    @_spec("specialize:argtype(1)")
    def __sub__(self, other):
        return other._subtracted_from_datetime(self)

    def _subtracted_from_datetime(self, d):
        """d - self, both datetimes."""
        days = d.toordinal() - self.toordinal()
        r = timedelta()
        return r._plus(days, d._secs() - self._secs(), d.microsecond - self.microsecond)

    def _subtracted_from_date(self, d):
        raise TypeError("unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'")

    def _cmp(self, other):
        if not isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        a = self.toordinal()
        b = other.toordinal()
        if a == b:
            a = self._secs() * 1000000 + self.microsecond
            b = other._secs() * 1000000 + other.microsecond
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def _equals(self, other):
        if not isinstance(other, datetime):
            return False
        return self._cmp(other) == 0

    def __hash__(self):
        return hash((self.toordinal(), self._secs(), self.microsecond))


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(0, 0, 1)


class tzinfo(object):
    """Time zones are not supported: making one is refused."""

    @_not_rpython
    def __init__(self, *args):
        _refuse("tzinfo")


class timezone(tzinfo):
    pass


class time(object):
    """The time-of-day class is not supported: making one is refused."""

    @_not_rpython
    def __init__(self, *args):
        _refuse("the time class")
