//! The import system: `sys.modules`, native and embedded (frozen) modules, `.py` files and
//! packages on `sys.path`, relative imports, `from m import *`.

use pyrite_compiler::Mode;
use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_get_str, dict_set_str, dict_table};
use crate::error::{import_error, type_error, value_error, PyErr, PyResult};
use crate::frame::Frame;
use crate::native::Args;
use crate::vm::{name, new_module};
use crate::Vm;

impl Vm {
    /// `sys.modules[name]`, if present.
    pub fn cached_module(&self, full: &str) -> Option<Value> {
        dict_get_str(&self.interp.modules, full)
    }

    /// `ImportName`.
    pub fn import_name(
        &mut self,
        f: &Frame,
        module: &ObjRef,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult {
        let name = module.as_pystr().map_or("", |s| s.as_str()).to_string();
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let globals = f.globals.clone();
        self.import_module_level(&name, &globals, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: &ObjRef,
        fromlist: &Value,
        level: usize,
    ) -> PyResult {
        let full = if level > 0 {
            resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_full(&full)?;
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.lock().is_empty(),
            _ => false,
        };
        if has_fromlist {
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        // `import a.b.c` binds `a`.
        let top = if level == 0 {
            name.split('.').next().unwrap_or(name).to_string()
        } else {
            let prefix_len = full.len() - name.len();
            let first = name.split('.').next().unwrap_or(name);
            format!("{}{first}", &full[..prefix_len])
        };
        Ok(self.cached_module(&top).unwrap_or(module))
    }

    /// Import a dotted module name, importing parents first.
    pub fn import_full(&mut self, full: &str) -> PyResult {
        if let Some(m) = self.cached_module(full) {
            return Ok(m);
        }
        let mut parent: Option<Value> = None;
        let mut so_far = String::new();
        for part in full.split('.') {
            if !so_far.is_empty() {
                so_far.push('.');
            }
            so_far.push_str(part);
            let m = match self.cached_module(&so_far) {
                Some(m) => m,
                None => self.load_module(&so_far, parent.as_ref())?,
            };
            if let Some(p) = &parent {
                if let Some(o) = p.as_obj() {
                    if let Some(d) = &o.dict {
                        if dict_get_str(d, part).is_none() {
                            dict_set_str(d, part, m.clone());
                        }
                    }
                }
            }
            parent = Some(m);
        }
        Ok(parent.expect("at least one part"))
    }

    /// Find and execute one module (its parent is already imported).
    fn load_module(&mut self, full: &str, parent: Option<&Value>) -> PyResult {
        let short = full.rsplit('.').next().unwrap_or(full);
        // Native modules.
        let native = self.interp.native_modules.get(full).map(|e| *e);
        if let Some(init) = native {
            let m = init(self)?;
            dict_set_str(&self.interp.modules, full, Value::Obj(m.clone()));
            return Ok(Value::Obj(m));
        }
        // Files on the search path.
        let search: Vec<String> = match parent {
            Some(p) => {
                let path = p
                    .as_obj()
                    .and_then(|o| o.dict.as_ref())
                    .and_then(|d| dict_get_str(d, "__path__"));
                match path {
                    Some(pv) => self
                        .collect(&pv)?
                        .iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect(),
                    None => {
                        let pname = full.rsplit_once('.').map_or("", |(a, _)| a);
                        return Err(not_found(
                            full,
                            Some(&format!("'{pname}' is not a package")),
                        ));
                    }
                }
            }
            None => self.sys_path()?,
        };
        for dir in search {
            let base = if dir.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&dir)
            };
            let pkg_init = base.join(short).join("__init__.py");
            let file = base.join(format!("{short}.py"));
            let (path, is_pkg) = if pkg_init.is_file() {
                (pkg_init, true)
            } else if file.is_file() {
                (file, false)
            } else {
                continue;
            };
            let source = std::fs::read_to_string(&path)
                .map_err(|e| import_error(format!("{}: {e}", path.display())))?;
            let filename = path.to_string_lossy().into_owned();
            let pkg_dir = if is_pkg {
                Some(base.join(short).to_string_lossy().into_owned())
            } else {
                None
            };
            return self.exec_module_source(full, &source, &filename, is_pkg, pkg_dir);
        }
        // The embedded standard library comes after the script's directory and PYTHONPATH,
        // where CPython's stdlib directory is on sys.path.
        let frozen = self.interp.frozen_modules.get(full).map(|e| *e);
        if let Some((source, is_pkg)) = frozen {
            let filename = format!("<frozen {full}>");
            return self.exec_module_source(full, source, &filename, is_pkg, None);
        }
        Err(not_found(full, None))
    }

    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let sys = self.sys_module();
        let path = dict_get_str(sys.dict.as_ref().expect("module dict"), "path");
        match path {
            Some(p) => Ok(self
                .collect(&p)?
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()),
            None => Ok(Vec::new()),
        }
    }

    /// Create a module, register it in `sys.modules`, and run its code.
    pub fn exec_module_source(
        &mut self,
        full: &str,
        source: &str,
        filename: &str,
        is_pkg: bool,
        pkg_dir: Option<String>,
    ) -> PyResult {
        let code = crate::compile::compile_source(self, source, filename, Mode::Exec)?;
        let module = new_module(full);
        let d = module.dict.clone().expect("module dict");
        dict_set_str(&d, "__file__", Value::new_str(filename));
        let package = if is_pkg {
            full.to_string()
        } else {
            full.rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string())
        };
        dict_set_str(&d, "__package__", Value::new_str(package));
        if is_pkg {
            let dir = pkg_dir.unwrap_or_else(|| format!("<frozen {full}>"));
            dict_set_str(&d, "__path__", Value::new_list(vec![Value::new_str(dir)]));
        }
        dict_set_str(&d, "__builtins__", Value::Obj(self.interp.builtins.clone()));
        let mv = Value::Obj(module.clone());
        dict_set_str(&self.interp.modules, full, mv.clone());
        if let Err(e) = crate::compile::run_code(self, &code, &d, None) {
            crate::dictops::dict_del_str_obj(&self.interp.modules, &name(full));
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.cached_module(full).unwrap_or(mv))
    }

    /// `ImportFrom`: `module.name`, or the submodule `module.name`.
    pub fn import_from(&mut self, module: &Value, attr: &ObjRef) -> PyResult {
        if let Some(v) = self.get_attr_opt(module, attr)? {
            return Ok(v);
        }
        let attr_s = attr.as_pystr().map_or("", |s| s.as_str()).to_string();
        let mod_name = self
            .get_attr_opt(module, &name("__name__"))?
            .and_then(|n| n.as_str().map(String::from));
        if let Some(m) = &mod_name {
            let sub = format!("{m}.{attr_s}");
            if let Some(v) = self.cached_module(&sub) {
                return Ok(v);
            }
            let is_pkg = module
                .as_obj()
                .and_then(|o| o.dict.as_ref())
                .and_then(|d| dict_get_str(d, "__path__"))
                .is_some();
            if is_pkg {
                match self.import_full(&sub) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.matches(&types().exc.module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let m = mod_name.unwrap_or_else(|| "<unknown module name>".into());
        let file = module
            .as_obj()
            .and_then(|o| o.dict.as_ref())
            .and_then(|d| dict_get_str(d, "__file__"));
        let loc = match file.as_ref().and_then(|f| f.as_str()) {
            Some(f) => f.to_string(),
            None => "unknown location".to_string(),
        };
        let err = import_error(format!("cannot import name '{attr_s}' from '{m}' ({loc})"));
        if let Some(d) = &err.0.dict {
            dict_set_str(d, "name", Value::new_str(m));
        }
        Err(err)
    }

    /// `from module import *` into `ns`.
    pub fn import_star(&mut self, module: &Value, ns: &ObjRef) -> PyResult<()> {
        let Some(md) = module.as_obj().and_then(|o| o.dict.clone()) else {
            return Err(type_error("from-import-* object has no __dict__"));
        };
        let names: Vec<Value> = match dict_get_str(&md, "__all__") {
            Some(all) => self.collect(&all)?,
            None => dict_table(&md)
                .lock()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let attr = crate::types::object::attr_name(&n)?;
            let v = self.get_attr(module, &attr)?;
            if ns.class().is(&types().dict) {
                crate::dictops::dict_set_str_obj(ns, &attr, v);
            } else {
                self.setitem(&Value::Obj(ns.clone()), n, v)?;
            }
        }
        Ok(())
    }
}

/// The absolute name for a relative import from a module with these globals.
fn resolve_relative(name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    let package =
        match dict_get_str(globals, "__package__").and_then(|p| p.as_str().map(String::from)) {
            Some(p) if !p.is_empty() => p,
            _ => {
                let is_pkg = dict_get_str(globals, "__path__").is_some();
                let modname = dict_get_str(globals, "__name__")
                    .and_then(|n| n.as_str().map(String::from))
                    .unwrap_or_default();
                if is_pkg {
                    modname
                } else {
                    match modname.rsplit_once('.') {
                        Some((p, _)) => p.to_string(),
                        None => String::new(),
                    }
                }
            }
        };
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

fn not_found(full: &str, reason: Option<&str>) -> PyErr {
    let msg = match reason {
        Some(r) => format!("No module named '{full}'; {r}"),
        None => format!("No module named '{full}'"),
    };
    let err = PyErr::new(&types().exc.module_not_found_error, msg);
    if let Some(d) = &err.0.dict {
        dict_set_str(d, "name", Value::new_str(full));
    }
    err
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult {
    let [n, globals, _locals, fromlist, level] = args.bind(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let n = n.expect("required");
    let n = n
        .as_str()
        .ok_or_else(|| type_error("__import__() argument 1 must be str"))?
        .to_string();
    let level = match level {
        Some(l) => vm.to_i64(&l)? as usize,
        None => 0,
    };
    let globals = match globals
        .and_then(|g| g.as_obj().cloned())
        .filter(|g| matches!(g.payload, Payload::Dict(_)))
    {
        Some(g) => g,
        None => crate::error::new_dict_object(),
    };
    let fromlist = fromlist.unwrap_or_else(|| Value::new_tuple(vec![]));
    vm.import_module_level(&n, &globals, &fromlist, level)
}
