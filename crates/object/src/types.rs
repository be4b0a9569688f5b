//! Type objects (`TypeData`) and the registry of builtin types and singletons.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use crate::dict::DictTable;
use crate::object::{ObjRef, Value};
use crate::payload::Payload;
use crate::sync::ObjCell;

/// Which payload the instances of a type (and of its subclasses) carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Builtin types whose instances only native code creates (functions, iterators...).
    Native,
}

pub mod flags {
    /// Defined by a `class` statement or `type(name, bases, ns)`.
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 4;
    /// Instances use `__slots__` storage (`Payload::Slots`).
    pub const HAS_SLOTS: u32 = 8;
}

pub struct TypeData {
    name: ObjCell<Box<str>>,
    qualname: ObjCell<Box<str>>,
    pub bases: Box<[ObjRef]>,
    /// The MRO without the type itself (`__mro__` is `(cls,) + mro_tail`).
    pub mro_tail: Box<[ObjRef]>,
    /// The class namespace. (`C.__dict__` hands out a copy: CPython's is a read-only proxy.)
    pub dict: ObjCell<DictTable>,
    pub layout: Layout,
    pub flags: u32,
    /// `__slots__` names, in slot order (including inherited slots).
    pub slot_names: Box<[ObjRef]>,
    /// Bumped whenever this type's or a base's namespace changes; attribute caches compare it.
    pub version: AtomicU64,
    /// Classes that name this one as a direct base (`__subclasses__()`). Strong references:
    /// classes are rarely freed, and CPython's weak list would need weakrefs.
    pub subclasses: ObjCell<Vec<ObjRef>>,
    /// How many attributes instances' dicts have grown to (the largest seen, capped): new
    /// instances' dicts start with that much room instead of growing step by step, like
    /// CPython's shared-keys size hint.
    pub instance_dict_hint: std::sync::atomic::AtomicU32,
    /// What freeing an instance must do first (`finalize::HOOK_*`: run `__del__`, clear
    /// weak references to it, unregister it as a weak reference).
    pub dealloc_hooks: std::sync::atomic::AtomicU8,
}

impl TypeData {
    pub fn new(
        name: &str,
        bases: Vec<ObjRef>,
        mro_tail: Vec<ObjRef>,
        layout: Layout,
        flags: u32,
    ) -> TypeData {
        TypeData {
            name: ObjCell::new(name.into()),
            qualname: ObjCell::new(name.into()),
            bases: bases.into_boxed_slice(),
            mro_tail: mro_tail.into_boxed_slice(),
            dict: ObjCell::new(DictTable::new()),
            layout,
            flags,
            slot_names: Box::new([]),
            version: AtomicU64::new(next_type_version()),
            subclasses: ObjCell::new(Vec::new()),
            instance_dict_hint: std::sync::atomic::AtomicU32::new(0),
            dealloc_hooks: std::sync::atomic::AtomicU8::new(0),
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }

    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.lock().to_string()
    }

    /// The `__module__` in the type's namespace when it is a str: the module reprs and
    /// messages name (for builtin types such as `function`, a non-str `__module__` there is
    /// the instances' attribute, not the type's module).
    pub fn module_name(&self) -> Option<String> {
        let key = &crate::names::names().module;
        let s = key.as_pystr().expect("str");
        let t = self.dict.lock();
        let v = t.get_resolved(s.hash(), |k| {
            k.is_obj(key) || k.as_str() == Some(s.as_str())
        })?;
        v.as_str().map(String::from)
    }

    pub fn set_name(&self, name: &str) {
        *self.name.lock() = name.into();
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> String {
        self.qualname.lock().to_string()
    }

    pub fn set_qualname(&self, name: &str) {
        *self.qualname.lock() = name.into();
    }

    /// Invalidate attribute caches after this type's namespace changed.
    pub fn bump_version(&self) {
        self.version.store(next_type_version(), Ordering::Release);
    }
}

/// Type versions are globally unique, so a cache keyed by (type, version) can never confuse
/// two states of one type. Subclasses check their bases' versions too (see the VM's cache).
fn next_type_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl ObjRef {
    /// The type data if this object is a type.
    #[inline(always)]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// Type data of an object known to be a type (its class, usually).
    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        match &self.payload {
            Payload::Type(t) => t,
            _ => panic!("type_data() on a non-type object"),
        }
    }

    /// `__name__` of a type object.
    /// The type's name as CPython's messages show it (`tp_name`): a class's `__name__`; for a
    /// builtin type defined in a module other than builtins, `module.name`
    /// (`'collections.deque' object has no attribute 'x'`).
    pub fn type_name(&self) -> String {
        match &self.payload {
            Payload::Type(t) => {
                let name = t.name();
                if t.has_flag(flags::HEAPTYPE) {
                    return name;
                }
                match t.module_name() {
                    Some(m) if m != "builtins" => format!("{m}.{name}"),
                    _ => name,
                }
            }
            _ => "?".to_string(),
        }
    }

    /// The MRO including the type itself.
    pub fn mro(&self) -> impl Iterator<Item = &ObjRef> {
        std::iter::once(self).chain(self.type_data().mro_tail.iter())
    }

    /// `issubclass(self, other)` by MRO (no `__subclasscheck__`).
    pub fn is_subtype(&self, other: &ObjRef) -> bool {
        self.is(other) || self.type_data().mro_tail.iter().any(|t| t.is(other))
    }
}

impl Value {
    /// `isinstance(v, cls)` by MRO (no `__instancecheck__`).
    #[inline]
    pub fn isinstance(&self, cls: &ObjRef) -> bool {
        self.class().is_subtype(cls)
    }
}

macro_rules! exception_types {
    ($root:ident; $( $field:ident : $name:literal < $parent:ident ),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExceptionTypes {
            pub $root: ObjRef,
            $( pub $field: ObjRef, )*
        }

        impl ExceptionTypes {
            fn create(type_: &ObjRef, object: &ObjRef) -> ExceptionTypes {
                let $root =
                    make_type(type_, "BaseException", std::slice::from_ref(object), Layout::Exception);
                $( let $field = make_type(type_, $name, std::slice::from_ref(&$parent), Layout::Exception); )*
                ExceptionTypes { $root, $( $field, )* }
            }

            /// Every builtin exception class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("BaseException", &self.$root), $( ($name, &self.$field), )*]
            }
        }
    };
}

exception_types! {
    base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}

/// Builtin types and singletons, created once per process and immortal.
pub struct BuiltinTypes {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub int: ObjRef,
    pub bool: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub none_type: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub code: ObjRef,
    pub cell: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub none_value: ObjRef,
    pub true_value: ObjRef,
    pub false_value: ObjRef,
    pub not_implemented_value: ObjRef,
    pub ellipsis_value: ObjRef,
    /// The marker `LoadMethod` pushes when there is no `self` (never visible to Python code).
    pub null_marker: ObjRef,
    pub exc: ExceptionTypes,
}

/// Make a builtin (immortal) type. `bases[0]` must already be complete; its MRO is extended.
pub fn make_type(type_: &ObjRef, name: &str, bases: &[ObjRef], layout: Layout) -> ObjRef {
    let mut mro_tail: Vec<ObjRef> = Vec::new();
    if let Some(base) = bases.first() {
        mro_tail.extend(base.mro().cloned());
    }
    let mut flags = flags::BASETYPE;
    if layout == Layout::Exception {
        flags |= flags::HAS_DICT;
    }
    let data = TypeData::new(name, bases.to_vec(), mro_tail, layout, flags);
    ObjRef::new_immortal(type_.clone(), None, Payload::Type(Box::new(data)))
}

impl BuiltinTypes {
    fn create() -> BuiltinTypes {
        let type_ = ObjRef::new_self_typed(Payload::Type(Box::new(TypeData::new(
            "type",
            vec![],
            vec![],
            Layout::Type,
            flags::BASETYPE | flags::HAS_DICT,
        ))));
        let object = make_type(&type_, "object", &[], Layout::Object);
        // `type` derives from `object`: patch its bases/MRO now that `object` exists.
        // SAFETY: start-up, single-threaded, before `type_` is shared with anyone.
        unsafe {
            let p = type_.as_ptr() as *mut crate::object::PyObject;
            if let Payload::Type(t) = &mut (*p).payload {
                t.bases = vec![object.clone()].into_boxed_slice();
                t.mro_tail = vec![object.clone()].into_boxed_slice();
            }
        }
        let mk = |name: &str, layout: Layout| {
            make_type(&type_, name, std::slice::from_ref(&object), layout)
        };
        let int = mk("int", Layout::Int);
        let bool_ = make_type(&type_, "bool", std::slice::from_ref(&int), Layout::Bool);
        let none_type = mk("NoneType", Layout::Object);
        let not_implemented_type = mk("NotImplementedType", Layout::Object);
        let ellipsis_type = mk("ellipsis", Layout::Object);
        let singleton =
            |cls: &ObjRef, payload: Payload| ObjRef::new_immortal(cls.clone(), None, payload);
        let exc = ExceptionTypes::create(&type_, &object);

        BuiltinTypes {
            float: mk("float", Layout::Float),
            complex: mk("complex", Layout::Complex),
            str: mk("str", Layout::Str),
            bytes: mk("bytes", Layout::Bytes),
            bytearray: mk("bytearray", Layout::ByteArray),
            list: mk("list", Layout::List),
            tuple: mk("tuple", Layout::Tuple),
            dict: mk("dict", Layout::Dict),
            set: mk("set", Layout::Set),
            frozenset: mk("frozenset", Layout::FrozenSet),
            range: mk("range", Layout::Native),
            slice: mk("slice", Layout::Native),
            function: mk("function", Layout::Native),
            builtin_function: mk("builtin_function_or_method", Layout::Native),
            method: mk("method", Layout::Native),
            module: mk("module", Layout::Module),
            code: mk("code", Layout::Native),
            cell: mk("cell", Layout::Native),
            property: mk("property", Layout::Native),
            staticmethod: mk("staticmethod", Layout::Native),
            classmethod: mk("classmethod", Layout::Native),
            none_value: singleton(&none_type, Payload::Empty),
            true_value: singleton(&bool_, Payload::Bool(true)),
            false_value: singleton(&bool_, Payload::Bool(false)),
            not_implemented_value: singleton(&not_implemented_type, Payload::Empty),
            ellipsis_value: singleton(&ellipsis_type, Payload::Empty),
            null_marker: singleton(&object, Payload::Empty),
            none_type,
            not_implemented_type,
            ellipsis_type,
            bool: bool_,
            int,
            type_,
            object,
            exc,
        }
    }
}

/// The builtin types and singletons.
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();
    TYPES.get_or_init(BuiltinTypes::create)
}
