# __getattr__/__getattribute__/__setattr__/__delattr__, __init_subclass__, __class_getitem__.
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return f"generated {name[5:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1
lg = Logged()
print(lg.x)
print(lg.method())
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = "two"
r.a += 10
del r.b
print(r.log, r.a, hasattr(r, "b"), sorted(vars(r)))
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: instance is frozen")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
fz = Frozen(x=1, y="b")
print(fz)
try:
    fz.x = 2
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args):
                result = attr(*args)
                print(f"  called {name}{args} -> {result!r}")
                return result
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.get("c"))
try:
    ad.c
except AttributeError as e:
    print("AttributeError:", e)
class PluginBase:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
class CsvPlugin(PluginBase, name="csv"):
    pass
class JsonPlugin(PluginBase):
    pass
class SubCsv(CsvPlugin, name="csv2"):
    pass
print(PluginBase.plugins, CsvPlugin.plugin_name, JsonPlugin.plugin_name, SubCsv.plugin_name)
class TypedBox:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"
print(TypedBox[int], TypedBox["x"], list[int], dict[str, int], type(list[int]).__name__)
class Fallback:
    existing = "class attr"
    def __getattr__(self, name):
        return f"fallback:{name}"
fb = Fallback()
fb.inst = "instance attr"
print(fb.existing, fb.inst, fb.missing)
class Validated:
    _fields = {"age": int, "name": str}
    def __setattr__(self, name, value):
        expected = self._fields.get(name)
        if expected is None:
            raise AttributeError(f"unknown field {name!r}")
        if not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
v.name = "n"
for field, value in [("age", "x"), ("color", "red")]:
    try:
        setattr(v, field, value)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(vars(v))
class Counted:
    accesses = 0
    def __getattribute__(self, name):
        if name == "value":
            type(self).accesses += 1
        return super().__getattribute__(name)
    def __init__(self):
        self.value = 10
cnt = Counted()
total = cnt.value + cnt.value + cnt.value
print(total, Counted.accesses)
