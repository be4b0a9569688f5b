"""Binary min-heaps stored in plain lists.

A list `h` is a heap when h[k] <= h[2*k+1] and h[k] <= h[2*k+2] for every k
that has children, so h[0] is always the smallest item.  Use heappush() and
heappop() to add and remove items, heapify() to turn an existing list into a
heap in linear time, heapreplace()/heappushpop() for the combined operations,
nsmallest()/nlargest() to select items, and merge() to merge sorted inputs.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, what='argument 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s'
                        % (name, what, type(heap).__name__))


# The sift functions are the classic ones: _siftdown moves an item at `pos`
# up towards the root, _siftup moves the item at `pos` down to a leaf along
# the path of smaller children and then sifts it back up ("bottom-up"
# heapsort variant, fewer comparisons on average).

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item, /):
    """Add item to the heap."""
    if type(heap) is not list:
        _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of the heap."""
    if type(heap) is not list:
        _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then add item (the heap size stays
    the same; the returned value may be larger than item)."""
    if type(heap) is not list:
        _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (item itself if it is smallest)."""
    if type(heap) is not list:
        _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    if type(heap) is not list:
        _check_list(heap, 'heapify', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


# Max-heap variants (used by merge(reverse=True)).

def _siftdown_max(heap, startpos, pos):
    # max-heap version of _siftdown
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    # max-heap version of _siftup
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    """heappop() for a max-heap."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """heapreplace() for a max-heap."""
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    """heapify() for a max-heap."""
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already sorted iterables into one sorted stream.

    Items that compare equal come out in the order of their inputs.  key and
    reverse have the same meaning as for sorted(); every input must be sorted
    that way.
    """
    # Heap entries are [sort_value, tie_breaker, element, next_function]; the
    # tie breaker (the input's position, negated for a max-heap) keeps equal
    # values in input order and guarantees elements are never compared.
    if reverse:
        heapify_, pop_, replace_ = _heapify_max, _heappop_max, _heapreplace_max
        direction = -1
    else:
        heapify_, pop_, replace_ = heapify, heappop, heapreplace
        direction = 1

    h = []
    for order, it in enumerate(map(iter, iterables)):
        next_ = it.__next__
        try:
            value = next_()
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * direction,
                  value, next_])
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace_(h, entry)
        except StopIteration:
            pop_(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(next_):
    while True:
        try:
            value = next_()
        except StopIteration:
            return
        yield value


def _select(n, iterable, key, reverse):
    # Equivalent to sorted(iterable, key=key, reverse=reverse)[:n]: keeps a
    # buffer that is sorted and cut back to n items whenever it grows large.
    # Survivors stay ahead of later items, so ties keep their input order.
    if n <= 0:
        return []
    limit = max(2 * n, 256)
    buf = []
    append = buf.append
    for item in iterable:
        append(item)
        if len(buf) >= limit:
            buf.sort(key=key, reverse=reverse)
            del buf[n:]
    buf.sort(key=key, reverse=reverse)
    del buf[n:]
    return buf


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]
    would give."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return _select(n, iterable, key, True)
