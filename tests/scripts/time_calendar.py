# time's calendar functions: struct_time, gmtime/localtime, mktime, strftime, asctime,
# ctime. Only UTC results are printed, so the output does not depend on the machine's zone.
import time

st = time.gmtime(0)
print(st)
print(st.tm_zone, st.tm_gmtoff, len(st), st[:3], st[-1])
print(time.strftime('%a %b %d %H:%M:%S %Y %j %% %y %A %B %p', st))
print(time.asctime(st), '|', time.asctime(time.gmtime(1e9)))
print(time.gmtime(86400 * 365.5))
print(time.gmtime(-1.5), time.gmtime(1.99).tm_sec)
y, m, d, *rest = time.gmtime(1593619200)
print(y, m, d, rest)

# localtime and mktime agree with each other in any zone.
for t in (0, 1e9, 1593619200, 1700000000.75):
    lt = time.localtime(t)
    print(type(lt).__name__, time.mktime(lt) == int(t), isinstance(lt.tm_zone, str),
          lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone))
print(time.ctime(12345) == time.asctime(time.localtime(12345)))
print(type(time.localtime().tm_year), time.localtime(None).tm_year > 2000)
print(isinstance(time.timezone, int), isinstance(time.daylight, int), len(time.tzname))

# struct_time itself.
s2 = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8, 'X', 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, s2.tm_wday, s2.tm_isdst)
s3 = time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 8])
print(s3.tm_zone, s3.tm_gmtoff, s3 == (2020, 1, 2, 3, 4, 5, 6, 7, 8), s3 == s2)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time.struct_time.__module__)
print(isinstance(st, tuple), hash(time.gmtime(0)) == hash(tuple(time.gmtime(0))))
for args in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(args)
    except TypeError as e:
        print('TypeError:', e)
try:
    s2.tm_year = 5
except AttributeError as e:
    print('AttributeError:', e)

# strftime's argument checks, and its zero fields.
print(time.strftime('%Y-%m-%d', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in [(1, 2), [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020, 1, 1, 0, 0, 0, 0, 1, 0.5)]:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    time.strftime(5)
except TypeError as e:
    print('TypeError:', e)
print(repr(time.strftime('')), len(time.strftime('%Y' * 300, st)))

# Bad timestamps.
for bad in ['x', None.__class__]:
    try:
        time.gmtime(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    time.localtime(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    time.gmtime(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
