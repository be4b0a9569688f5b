"""Time access and conversions.

The clocks and sleep() are native (`_time`); this module adds calendar time: struct_time,
localtime(), gmtime(), mktime(), strftime(), asctime(), ctime() and the zone constants. The
conversions themselves are the C library's (through `_time`, which also makes
localtime() and gmtime() themselves native); what is Python
here is CPython's argument checking and struct_time's behaviour as a named 9-tuple.
"""

import _time
from _time import (monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time,
                   sleep, thread_time, time, time_ns)

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and accepted
    by asctime(), mktime() and strftime().  May be considered as a sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        # tm_zone and tm_gmtoff are attributes only, as in CPython.
        extra = items[9:] + (None,) * (11 - n)
        self.__dict__['tm_zone'] = extra[0]
        self.__dict__['tm_gmtoff'] = extra[1]
        return self

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, '
                                                  'and -1 if unknown')

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        fields = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'time.struct_time(%s)' % fields

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone,
                                            'tm_gmtoff': self.tm_gmtoff}))



# localtime() and gmtime() are native (as in CPython they are builtins, which do not bind as
# methods when stored in a class); they build their results with this class.
_time._set_struct_time(struct_time)
localtime = _time.localtime
gmtime = _time.gmtime


def _time_tuple(t, name):
    """The 9 fields of a time tuple argument, as CPython's gettmarg checks them."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % name)
    for v in t[:9]:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    return tuple(t[:9])


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _time._mktime(_time_tuple(t, 'mktime'))


def _checked(t, name):
    """The fields CPython's checktm accepts, with its normalisation of zero fields."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _time_tuple(t, name)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < -1:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst)


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    fields = _checked(t, 'strftime')
    zone = getattr(t, 'tm_zone', None)
    gmtoff = getattr(t, 'tm_gmtoff', None)
    if zone is None:
        zone = tzname[fields[8] > 0] if fields[8] >= 0 else ''
    return _time._strftime(format, fields, zone, gmtoff)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday, _, _ = _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour,
                                            minute, sec, year)


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of the environment
    variable TZ."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time._tzinfo()


tzset()
