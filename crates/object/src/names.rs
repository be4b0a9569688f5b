//! Interned names the interpreter looks up on hot paths (`__getattribute__`, `__next__`...),
//! created once so a lookup costs a load instead of a trip through the intern table.

use std::sync::OnceLock;

use crate::object::ObjRef;
use crate::str::intern;

macro_rules! well_known_names {
    ($($field:ident = $text:literal,)*) => {
        /// The well-known interned names; see the module docs.
        pub struct Names {
            $(pub $field: ObjRef,)*
        }

        impl Names {
            fn create() -> Names {
                Names { $($field: intern($text),)* }
            }
        }
    };
}

well_known_names! {
    getattribute = "__getattribute__",
    getattr = "__getattr__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    next = "__next__",
    iter = "__iter__",
    call = "__call__",
    bool_ = "__bool__",
    len = "__len__",
    hash = "__hash__",
    eq = "__eq__",
    ne = "__ne__",
    index = "__index__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    init = "__init__",
    new = "__new__",
    name = "__name__",
    module = "__module__",
    build_class = "__build_class__",
}

/// The well-known names.
#[inline(always)]
pub fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(Names::create)
}
