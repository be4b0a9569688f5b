//! Private name mangling: inside `class C`, `__spam` becomes `_C__spam`.

use std::borrow::Cow;

/// Mangle `name` for the class named `private` (the innermost enclosing class), as CPython's
/// `_Py_Mangle`: only names starting with two underscores and not ending with two, without a
/// dot; the class name loses its leading underscores (and a class of only underscores
/// mangles nothing).
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangling_rules() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    }
}
