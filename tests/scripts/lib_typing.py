# typing: runtime behaviour of annotations, aliases, generics, protocols,
# NamedTuple, TypedDict and the introspection helpers.
import typing
import collections
import collections.abc
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, MutableSequence, AbstractSet,
                    Collection, Container, Hashable, Sized, Awaitable,
                    Coroutine, AsyncIterator, Deque, DefaultDict, OrderedDict,
                    Counter, ChainMap, TypeVar, Generic, Protocol,
                    runtime_checkable, NamedTuple, TypedDict, Literal, Final,
                    ClassVar, Annotated, NoReturn, Never, Self, LiteralString,
                    cast, overload, final, no_type_check, get_type_hints,
                    get_origin, get_args, TYPE_CHECKING, NewType, AnyStr, Text,
                    SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs)

print("--- reprs")
for t in [Any, Union[int, str], Union[int, None], Optional[str],
          Union[None, int], Union[int, str, None], Union[int, Union[str, float]],
          List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int],
          Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int],
          Callable[[int], str], Callable[[], None], Callable[..., int],
          Callable[[int, str], List[float]], Iterable[int], Iterator[str],
          Generator[int, None, None], Sequence[int], Mapping[str, int],
          MutableMapping[str, int], MutableSequence[int], AbstractSet[int],
          Collection[int], Container[int], Awaitable[int],
          Coroutine[Any, Any, int], AsyncIterator[int], Deque[int],
          DefaultDict[str, int], OrderedDict[str, int], Counter[str],
          ChainMap[str, int], Literal["a", 1, True], Final[int],
          ClassVar[List[int]], Annotated[int, "meta", 3], NoReturn, Never,
          Self, LiteralString, List, Dict, Callable, Tuple, Hashable, Sized,
          Optional[List["Foo"]], List[collections.abc.Iterable]]:
    print(repr(t))
print(Union[int], Union[int, int], Optional[None])
print(Text is str, TYPE_CHECKING, AnyStr, AnyStr.__constraints__)

print("--- equality and hashing")
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]))
print(Optional[int] == Union[int, None], Literal[1, 2] == Literal[2, 1])
print(Dict[str, int] != Dict[str, str])

print("--- origin / args")
cases = [List[int], Dict[str, int], Union[int, str], Optional[int],
         Callable[[int, str], bool], Callable[..., int], Tuple[int, ...],
         Literal["x"], Annotated[int, "m"], Final[int], ClassVar[int],
         Generic, int, List, Type[str], Iterable[int], Counter[str]]
for t in cases:
    print(repr(t), "|", get_origin(t), "|", get_args(t))

print("--- isinstance with unsubscripted aliases")
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance({}, Mapping))
print(isinstance([], List), isinstance((), Tuple), isinstance({}, Dict))
print(isinstance(iter([]), Iterator), isinstance("s", Sequence), isinstance(len, Callable))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(int, Hashable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), isinstance(None, Optional[int]))
for t in [List[int], Iterable[int]]:
    try:
        isinstance([], t)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)

print("--- TypeVar")
T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, N, Co, Contra)
print(T.__name__, K.__constraints__, N.__bound__, Co.__covariant__, Contra.__contravariant__)
print(List[T], Dict[K, T], List[T][int], Dict[str, T][float])
print(List[T].__parameters__, Dict[K, List[T]].__parameters__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)

print("--- Generic")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box.__parameters__, Box[int], get_origin(Box[int]), get_args(Box[int]))
b = Box[int](5)
print(type(b).__name__, b.get(), b.__orig_class__)
print(Box("plain").get(), Box[str] == Box[str])
class Pair(Generic[K, T]):
    pass
print(Pair.__parameters__, Pair[str, int])
class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox(7).get(), issubclass(IntBox, Box))
class Sub(Box[T]):
    pass
print(Sub.__parameters__, Sub[float])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", type(e).__name__)
class MyList(List[int]):
    pass
print(MyList.__mro__[1] is list, MyList([1, 2]))

print("--- Protocol")
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self):
        return "closed"
class NotResource:
    pass
print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable))
print(issubclass(Resource, Closable), issubclass(NotResource, Closable))
class Plain(Protocol):
    def meth(self) -> int: ...
try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print("TypeError:", e)
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-1, SupportsAbs))
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP.__parameters__, GP[int])

print("--- NamedTuple")
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.x, p.y, p.norm1(), Point(1), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), p._replace(y=9), p._asdict())
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields, Emp.__annotations__)
Kw = NamedTuple("Kw", a=int, b=str)
print(Kw(1, "z"))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

print("--- TypedDict")
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(sorted(Partial.__optional_keys__), Partial.__total__, Partial(a=1))
class Movie2(Movie):
    rating: float
print(sorted(Movie2.__annotations__), sorted(Movie2.__required_keys__))
Alt = TypedDict("Alt", {"k": int, "v": str})
print(Alt(k=1, v="x"), Alt.__annotations__, typing.is_typeddict(Alt), typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)

print("--- functions")
print(cast(int, "not really"), cast("List[int]", [1]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2))
@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
@final
class Leaf:
    pass
print(Leaf.__final__)
@no_type_check
def untyped(a: "nonsense") -> "more":
    return a
print(untyped.__no_type_check__, get_type_hints(untyped))
UserId = NewType("UserId", int)
print(UserId, UserId(42), type(UserId(42)).__name__, UserId.__supertype__, UserId.__name__)

print("--- annotations evaluated at def time")
def annotated(a: List[int], b: Optional[str] = None, *args: int,
              c: Dict[str, Tuple[int, ...]] = {}, **kw: Any) -> Union[int, None]:
    return None
print(annotated.__annotations__)

print("--- get_type_hints")
class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    label: ClassVar[str] = "n"
print(get_type_hints(Node))
class Child(Node):
    extra: "Annotated[float, 'unit']"
hints = get_type_hints(Child)
print(list(hints), hints["extra"], hints["children"])
print(get_type_hints(Child, include_extras=True)["extra"])
def fwd(x: "int", y: "Node") -> "str":
    return ""
print(get_type_hints(fwd))
def plain(x: int, y: None) -> None:
    pass
print(get_type_hints(plain))
print(get_type_hints(lambda: 0))

print("--- errors")
for thunk in [lambda: Union[()], lambda: List[int, str], lambda: Hashable[int],
              lambda: Generic[int], lambda: Any(), lambda: Optional[int, str],
              lambda: Callable[int, str], lambda: List[int]()]:
    try:
        thunk()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
try:
    class X(Union[int, str]):
        pass
except TypeError as e:
    print("TypeError:", e)
print(list(Dict[str, int]()) if False else "ok")
print(typing.List[int].__origin__ is list, typing.Dict.__origin__ is dict)
print(Deque[int]([1, 2]), DefaultDict[str, int](int)["missing"], Counter[str]("aab")["a"])
