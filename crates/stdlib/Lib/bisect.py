"""Binary search in sorted sequences and insertion that keeps them sorted.

All functions take an optional slice lo:hi of the sequence to search and a
key function (applied to the items of the sequence, not to x).
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left',
           'insort_right']


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a after any items equal to x."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into the sorted a to keep it sorted,
    after any items equal to x (a[:i] <= x < a[i:])."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a before any items equal to x."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into the sorted a to keep it sorted,
    before any items equal to x (a[:i] < x <= a[i:])."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


bisect = bisect_right
insort = insort_right
