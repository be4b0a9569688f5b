"""Container datatypes beyond the builtin dict, list, set and tuple.

namedtuple    factory for tuple subclasses with named fields
deque         sequence with fast appends and pops at both ends
ChainMap      one mapping view over several mappings
Counter       dict subclass counting hashable items
OrderedDict   dict subclass with reordering operations
defaultdict   dict subclass filling in missing values from a factory
UserDict, UserList, UserString   wrappers that are easy to subclass
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
from _collections import deque
from keyword import iskeyword as _iskeyword
from collections import abc as _abc
from collections.abc import (Mapping as _Mapping,
                             MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence,
                             Sequence as _Sequence,
                             KeysView as _KeysView,
                             ValuesView as _ValuesView,
                             ItemsView as _ItemsView)

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None


def _class_getitem(cls, item):
    if _GenericAlias is None:
        return cls
    return _GenericAlias(cls, item)


_marker = object()


def _recursive_repr(fillvalue='...'):
    """Decorator: a repr method returns fillvalue when called recursively."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__', None)
        wrapper.__doc__ = getattr(user_function, '__doc__', None)
        wrapper.__name__ = getattr(user_function, '__name__', 'wrapper')
        wrapper.__qualname__ = getattr(user_function, '__qualname__', 'wrapper')
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


_MutableSequence.register(deque)


class _OrderedDictKeysView(_KeysView):
    __slots__ = ()

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    @_recursive_repr()
    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedDictItemsView(_ItemsView):
    __slots__ = ()

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __contains__(self, item):
        return item in dict.items(self._mapping)

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    @_recursive_repr()
    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedDictValuesView(_ValuesView):
    __slots__ = ()

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __contains__(self, value):
        return value in dict.values(self._mapping)

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    @_recursive_repr()
    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class OrderedDict(dict):
    """Dictionary with order-aware operations: move_to_end() and popitem(last)."""

    # Plain dicts keep insertion order, so only the reordering operations and
    # the order-sensitive comparison need work here.

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if not last."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (to the front if not last)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, items)

    def keys(self):
        """A set-like view of the keys."""
        return _OrderedDictKeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return _OrderedDictItemsView(self)

    def values(self):
        """A view of the values."""
        return _OrderedDictValuesView(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def pop(self, key, default=_marker):
        """Remove key and return its value (default if given and absent)."""
        if default is _marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Return od[key], first setting it to default if absent."""
        return dict.setdefault(self, key, default)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """New ordered dictionary with the keys of iterable, all mapped to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """Order matters between two OrderedDicts, not with other mappings."""
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    __class_getitem__ = classmethod(_class_getitem)


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _name_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % tuple(names)
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


class _tuplegetter:
    # Descriptor for a named field of a namedtuple class.
    __slots__ = ('_index', '_doc')

    def __init__(self, index, doc):
        self._index = index
        self._doc = doc

    @property
    def __doc__(self):
        return self._doc

    @__doc__.setter
    def __doc__(self, value):
        self._doc = value

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self._doc)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._index, self._doc)


_field_docs = {}


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass with named fields.

    field_names is a sequence of names or one string of names separated by
    spaces or commas.  rename=True replaces invalid names by _0, _1, ...;
    defaults gives default values for the rightmost fields; module sets
    __module__.  Instances also have _asdict(), _replace(**changes) and the
    class has _make(iterable), _fields and _field_defaults.

    >>> Point = namedtuple('Point', 'x y')
    >>> Point(1, y=2)
    Point(x=1, y=2)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__
    field_index = {name: i for i, name in enumerate(field_names)}
    num_defaults = len(field_defaults)
    default_values = tuple(field_defaults.values())
    first_default = num_fields - num_defaults

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if not kwargs and nargs == num_fields:
            return tuple_new(_cls, args)
        if nargs > num_fields:
            if num_defaults:
                takes = 'from %d to %d positional arguments' % (
                    first_default + 1, num_fields + 1)
            else:
                takes = _plural(num_fields + 1, 'positional argument')
            raise TypeError('%s.__new__() takes %s but %d %s given'
                            % (typename, takes, nargs + 1,
                               'was' if nargs + 1 == 1 else 'were'))
        values = list(args)
        values.extend([_missing] * (num_fields - nargs))
        for key, value in kwargs.items():
            i = field_index.get(key)
            if i is None:
                raise TypeError('%s.__new__() got an unexpected keyword argument %r'
                                % (typename, key))
            if i < nargs:
                raise TypeError('%s.__new__() got multiple values for argument %r'
                                % (typename, key))
            values[i] = value
        missing = []
        for i in range(nargs, num_fields):
            if values[i] is _missing:
                if i >= first_default:
                    values[i] = default_values[i - first_default]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError('%s.__new__() missing %s: %s'
                            % (typename,
                               _plural(len(missing), 'required positional argument'),
                               _name_list(missing)))
        return tuple_new(_cls, values)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    __new__.__qualname__ = '%s.__new__' % typename

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ('Make a new %s object from a sequence '
                              'or iterable' % typename)

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified '
                        'fields with new values' % typename)

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _field_docs.get(index)
        if doc is None:
            doc = _field_docs[index] = 'Alias for field number %d' % index
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module

    return result


class _Missing:
    def __repr__(self):
        return '<missing>'


_missing = _Missing()


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _count_of(item):
    return item[1]


class Counter(dict):
    """Dict subclass counting hashable items: Counter('abca') maps 'a' to 2,
    'b' and 'c' to 1.  Missing items count as zero.
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the items of iterable (or add the counts of a mapping) and kwds."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Items that are not present count as zero."""
        return 0

    def total(self):
        """Sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (item, count) pairs, most common first (all if n is None)."""
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterate over the items, each repeated as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Remove elem; missing items are ignored."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Rich comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep only positive counts.

    def __add__(self, other):
        """Sum of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Difference of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Maximum of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Minimum of counts, keeping positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Copy keeping only the positive counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Negated counts, keeping only the positive results."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Drop the items whose count is not positive; return self."""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


_factory_repr_running = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): dict whose missing keys are
    added with the value default_factory() when looked up with d[key].
    """

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """Store and return default_factory() for key (KeyError if no factory)."""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            # A factory whose repr shows this dict again appears as '...'.
            key = id(factory)
            if key in _factory_repr_running:
                frepr = '...'
            else:
                _factory_repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _factory_repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


class ChainMap(_MutableMapping):
    """A mapping that looks keys up in a list of mappings (maps), in order.
    Updates and deletions only change the first mapping.
    """

    def __init__(self, *maps):
        """Chain the given mappings (one new empty dict if none are given)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """ChainMap over one new dict made by dict.fromkeys()."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap with a copy of maps[0] followed by the other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with m (or a new dict with kwargs) in front of the maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap of maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        """Clear maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class UserDict(_MutableMapping):
    """Mapping wrapper around a dict held in the `data` attribute, meant to
    be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        # Membership must not go through __getitem__, which may call
        # __missing__.
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _plain(other):
        if isinstance(other, UserDict):
            return other.data
        if isinstance(other, dict):
            return other
        return None

    def __or__(self, other):
        plain = self._plain(other)
        if plain is None:
            return NotImplemented
        return self.__class__(self.data | plain)

    def __ror__(self, other):
        plain = self._plain(other)
        if plain is None:
            return NotImplemented
        return self.__class__(plain | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        cls = self.__class__
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass may keep more state: copy the instance without its
        # items, then add them through the subclass's own methods.
        import copy
        saved = self.data
        try:
            self.data = {}
            new = copy.copy(self)
        finally:
            self.data = saved
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


################################################################################
### UserList
################################################################################

def _list_data(other):
    return other.data if isinstance(other, UserList) else other


class UserList(_MutableSequence):
    """Sequence wrapper around a list held in the `data` attribute, meant to
    be subclassed."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_data(other)

    def __le__(self, other):
        return self.data <= _list_data(other)

    def __eq__(self, other):
        return self.data == _list_data(other)

    def __gt__(self, other):
        return self.data > _list_data(other)

    def __ge__(self, other):
        return self.data >= _list_data(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            other = other.data
        elif not isinstance(other, list):
            other = list(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        if isinstance(other, UserList):
            other = other.data
        elif not isinstance(other, list):
            other = list(other)
        return self.__class__(other + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            other = other.data
        elif not isinstance(other, list):
            other = list(other)
        self.data += other
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_list_data(other))


################################################################################
### UserString
################################################################################

def _str_data(obj):
    return obj.data if isinstance(obj, UserString) else obj


class UserString(_Sequence):
    """String wrapper around a str held in the `data` attribute, meant to be
    subclassed.  Methods returning strings return instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data,)

    def __eq__(self, other):
        return self.data == _str_data(other)

    def __lt__(self, other):
        return self.data < _str_data(other)

    def __le__(self, other):
        return self.data <= _str_data(other)

    def __gt__(self, other):
        return self.data > _str_data(other)

    def __ge__(self, other):
        return self.data >= _str_data(other)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _str_data(other)
        if not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return self.__class__(other + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_data(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_data(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_data(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_data(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_data(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_data(old), _str_data(new),
                                                maxsplit))

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    maketrans = str.maketrans


def _string_method(name, wrap):
    method = getattr(str, name)
    if wrap:
        def forward(self, *args, **kwargs):
            return self.__class__(method(self.data, *args, **kwargs))
    else:
        def forward(self, *args, **kwargs):
            return method(self.data, *args, **kwargs)
    forward.__name__ = name
    forward.__qualname__ = 'UserString.' + name
    return forward


# Methods that return a new string give a UserString (of the same class);
# the others return what str returns.
for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust',
              'lower', 'lstrip', 'rjust', 'rstrip', 'strip', 'swapcase',
              'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('endswith', 'isalpha', 'isalnum', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric',
              'isprintable', 'isspace', 'istitle', 'isupper', 'join',
              'partition', 'rpartition', 'split', 'rsplit', 'splitlines',
              'startswith'):
    setattr(UserString, _name, _string_method(_name, False))
del _name
