"""Iterator building blocks.

Infinite: count, cycle, repeat.
Finite, stopping with the shortest input: accumulate, batched, chain,
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, tee, zip_longest.
Combinatoric: product, permutations, combinations,
combinations_with_replacement.
"""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = _sys.maxsize


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _as_index(x):
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return method(x)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if type(step) is int and step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, step)


def cycle(iterable):
    """Repeat the items of iterable forever (saving a copy on the first pass)."""
    it = iter(iterable)

    def _cycle():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            yield from saved
    return _cycle()


class repeat:
    """repeat(object[, times]): object, times times (or forever)."""

    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        if times is not None:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times > 0:
            self._times = times - 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


def accumulate(iterable, func=None, *, initial=None):
    """Running totals of iterable (or running results of the binary func)."""
    it = iter(iterable)

    def _accumulate():
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return _accumulate()


def batched(iterable, n):
    """Tuples of n consecutive items; the last one may be shorter."""
    n = _as_index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)

    def _batched():
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            yield batch
    return _batched()


def _chain(iterables):
    for it in iterables:
        yield from it


# chain is a class (for chain.from_iterable and its repr) whose calls
# return generators.

class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __new__(cls, *iterables):
        return _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain() taking the iterables from one (lazily consumed) iterable."""
        return _chain(iter(iterable))


def compress(data, selectors):
    """The items of data whose corresponding selector is true."""
    data = iter(data)
    selectors = iter(selectors)

    def _compress():
        for d, s in zip(data, selectors):
            if s:
                yield d
    return _compress()


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then yield the rest."""
    it = iter(iterable)

    def _dropwhile():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return _dropwhile()


def filterfalse(function, iterable, /):
    """The items for which function(item) is false (items that are false if None)."""
    it = iter(iterable)

    def _filterfalse():
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x
    return _filterfalse()


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of consecutive
    items with equal key(item).  Each group is an iterator sharing the
    underlying iterable, so it is only valid until the next pair is taken.
    """

    __slots__ = ('_it', '_keyfunc', '_have', '_currkey', '_currvalue',
                 '_has_tgt', '_tgtkey', '_marker')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False
        self._currkey = self._currvalue = None
        self._has_tgt = False
        self._tgtkey = None
        self._marker = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key
        self._have = True

    def __next__(self):
        self._marker = None
        while True:
            if self._have:
                if not self._has_tgt:
                    break
                tgt = self._tgtkey
                cur = self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = tgtkey = self._currkey
        self._has_tgt = True
        self._marker = marker = object()
        return tgtkey, self._grouper(tgtkey, marker)

    def _grouper(self, tgtkey, marker):
        while self._marker is marker:
            if not self._have:
                try:
                    self._step()
                except StopIteration:
                    return
            cur = self._currkey
            if not (tgtkey is cur or tgtkey == cur):
                return
            value = self._currvalue
            self._have = False
            self._currvalue = self._currkey = None
            yield value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items
    of iterable at the positions range(start, stop, step) would give (None
    for stop means no end).
    """
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    if nargs == 1:
        start, stop, step = None, args[0], None
    elif nargs == 2:
        start, stop = args
        step = None
    else:
        start, stop, step = args
    if stop is not None:
        try:
            stop = _as_index(stop)
        except TypeError:
            stop = -1
        if not 0 <= stop <= _MAXSIZE:
            raise ValueError('Stop argument for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    else:
        try:
            start = _as_index(start)
        except TypeError:
            start = -1
        if not 0 <= start <= _MAXSIZE:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    else:
        try:
            step = _as_index(step)
        except TypeError:
            step = 0
        if not 1 <= step <= _MAXSIZE:
            raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    return _islice(it, start, stop, step)


def _islice(it, start, stop, step):
    cnt = 0
    while cnt < start:
        try:
            next(it)
        except StopIteration:
            return
        cnt += 1
    if step == 1:
        if stop is None:
            yield from it
            return
        for _ in range(stop - start):
            try:
                item = next(it)
            except StopIteration:
                return
            yield item
        return
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable, /):
    """Overlapping pairs of consecutive items: (s0, s1), (s1, s2), ..."""
    it = iter(iterable)

    def _pairwise():
        for a in it:
            break
        else:
            return
        for b in it:
            yield a, b
            a = b
    return _pairwise()


def starmap(function, iterable, /):
    """function(*args) for each args tuple of iterable."""
    it = iter(iterable)

    def _starmap():
        for args in it:
            yield function(*args)
    return _starmap()


def takewhile(predicate, iterable, /):
    """Yield items while predicate(item) is true."""
    it = iter(iterable)

    def _takewhile():
        for x in it:
            if predicate(x):
                yield x
            else:
                return
    return _takewhile()


class _TeeSource:
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """One of the independent iterators made by tee()."""

    # The tees made from one source share a singly linked list of buffered
    # values ([value, next_link]); each walks it at its own pace and the
    # links that no tee can reach any more are freed.

    __slots__ = ('_source', '_link')

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = _TeeSource(it)
            self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            source = self._source
            if source.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            nxt = link[1]
            if nxt is None:
                nxt = link[1] = [value, None]
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Return n independent iterators over the items of iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    copier = getattr(it, '__copy__', None)
    if copier is None:
        it = _tee(it)
        copier = it.__copy__
    result = [it]
    for _ in range(1, n):
        result.append(copier())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but runs until the longest input ends, padding the others
    with fillvalue.
    """
    iterators = [iter(it) for it in iterables]

    def _zip_longest():
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return _zip_longest()


def product(*iterables, repeat=1):
    """Cartesian product of the input iterables, as tuples in odometer order
    (the rightmost element changes fastest); repeat=n repeats the inputs
    n times.
    """
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    if n == 0:
        yield ()
        return
    last = pools[-1]
    if n == 1:
        for x in last:
            yield (x,)
        return
    indices = [0] * n
    prefix = [pool[0] for pool in pools[:-1]]
    while True:
        head = tuple(prefix)
        for x in last:
            yield head + (x,)
        i = n - 2
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                prefix[i] = pool[j]
                break
            indices[i] = 0
            prefix[i] = pool[0]
            i -= 1
        else:
            return


def permutations(iterable, r=None):
    """All r-length orderings of the items (all of them when r is None)."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


def combinations(iterable, r=None):
    """All r-length subsequences of the items, in input order."""
    if r is None:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r=None):
    """All r-length subsequences of the items, where items may repeat."""
    if r is None:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
