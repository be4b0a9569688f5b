//! `os` and `os.path`: the everyday subset (files, descriptors, directories, environment,
//! paths). The process functions (`waitpid`, `kill`, ...) are in `os_process`.

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{type_error, value_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

use crate::blocking::{blocking_syscall, fd_arg, last_os_error};

/// An environment variable name for putenv/unsetenv, checked as CPython does: a NUL is a
/// ValueError, and so is an '=' after the first character for putenv; names setenv
/// rejects (empty, or containing '=') are OSError EINVAL.
fn env_name(vm: &mut Vm, v: &Value, func: &str) -> PyResult<String> {
    let name = path_arg(v)?;
    if name.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    if func == "putenv" && name.get(1..).is_some_and(|rest| rest.contains('=')) {
        return Err(value_error("illegal environment variable name"));
    }
    if name.is_empty() || name.contains('=') {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(pyrite_vm::io::os_error_from(vm, &e, None));
    }
    Ok(name)
}

fn path_arg(v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = pyrite_vm::types::bytes::bytes_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        v.type_name()
    )))
}

fn io_result<T>(vm: &mut Vm, r: std::io::Result<T>, path: &Value) -> PyResult<T> {
    r.map_err(|e| pyrite_vm::io::os_error_from(vm, &e, Some(path)))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("posix");
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", |vm, _| {
            let d = std::env::current_dir();
            let d = io_result(vm, d, &Value::none())?;
            Ok(Value::new_str(d.to_string_lossy().into_owned()))
        }),
        ("chdir", |vm, a| {
            let p = a.exact("chdir", 1)?;
            let r = std::env::set_current_dir(path_arg(&p[0])?);
            io_result(vm, r, &p[0])?;
            Ok(Value::none())
        }),
        ("remove", os_remove),
        ("pipe", os_pipe),
        ("open", os_open),
        ("read", os_read),
        ("write", os_write),
        ("close", os_close),
        ("unlink", os_remove),
        ("rmdir", |vm, a| {
            let p = a.exact("rmdir", 1)?;
            let r = std::fs::remove_dir(path_arg(&p[0])?);
            io_result(vm, r, &p[0])?;
            Ok(Value::none())
        }),
        ("mkdir", |vm, a| {
            let p = a.range("mkdir", 1, 2)?;
            let r = std::fs::create_dir(path_arg(&p[0])?);
            io_result(vm, r, &p[0])?;
            Ok(Value::none())
        }),
        ("makedirs", |vm, a| {
            let path = a
                .pos()
                .first()
                .cloned()
                .ok_or_else(|| type_error("makedirs() missing required argument 'name'"))?;
            let exist_ok = match a.kwarg("exist_ok") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let p = path_arg(&path)?;
            if std::path::Path::new(&p).exists() && !exist_ok {
                let e = std::io::Error::from_raw_os_error(17);
                return Err(pyrite_vm::io::os_error_from(vm, &e, Some(&path)));
            }
            let r = std::fs::create_dir_all(&p);
            io_result(vm, r, &path)?;
            Ok(Value::none())
        }),
        ("rename", |vm, a| {
            let p = a.exact("rename", 2)?;
            let r = std::fs::rename(path_arg(&p[0])?, path_arg(&p[1])?);
            io_result(vm, r, &p[0])?;
            Ok(Value::none())
        }),
        ("listdir", |vm, a| {
            let p = a.range("listdir", 0, 1)?;
            let dir = match p.first() {
                Some(d) => d.clone(),
                None => Value::new_str("."),
            };
            let rd = std::fs::read_dir(path_arg(&dir)?);
            let rd = io_result(vm, rd, &dir)?;
            let mut names: Vec<Value> = rd
                .flatten()
                .map(|e| Value::new_str(e.file_name().to_string_lossy().into_owned()))
                .collect();
            names.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
            Ok(Value::new_list(names))
        }),
        ("getpid", |_, _| Ok(Value::Int(std::process::id() as i64))),
        ("cpu_count", |_, _| {
            Ok(Value::Int(
                std::thread::available_parallelism().map_or(1, |n| n.get()) as i64,
            ))
        }),
        ("putenv", |vm, a| {
            let p = a.exact("putenv", 2)?;
            let (key, value) = (env_name(vm, &p[0], "putenv")?, path_arg(&p[1])?);
            if value.contains('\0') {
                return Err(value_error("embedded null byte"));
            }
            std::env::set_var(key, value);
            Ok(Value::none())
        }),
        ("unsetenv", |vm, a| {
            let p = a.exact("unsetenv", 1)?;
            std::env::remove_var(env_name(vm, &p[0], "unsetenv")?);
            Ok(Value::none())
        }),
        ("_stat", os_stat),
        ("urandom", |vm, a| {
            let p = a.exact("urandom", 1)?;
            let n = vm.to_i64(&p[0])?.max(0) as usize;
            let mut buf = vec![0u8; n];
            use std::io::Read;
            let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
            io_result(vm, r, &Value::none())?;
            Ok(Value::new_bytes(buf))
        }),
    ];
    add_functions(&m, fns);
    crate::os_process::add_to(&m);
    let env = pyrite_vm::error::new_dict_object();
    for (k, v) in std::env::vars() {
        vm.dict_set(&env, Value::new_str(k), Value::new_str(v))?;
    }
    set_attr_str(&m, "environ", Value::Obj(env));
    for (n, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
    ] {
        set_attr_str(&m, n, Value::Int(v.into()));
    }
    set_attr_str(&m, "sep", Value::new_str("/"));
    set_attr_str(&m, "linesep", Value::new_str("\n"));
    set_attr_str(&m, "pathsep", Value::new_str(":"));
    set_attr_str(&m, "curdir", Value::new_str("."));
    set_attr_str(&m, "pardir", Value::new_str(".."));
    set_attr_str(&m, "name", Value::new_str("posix"));
    // Register os.path directly: importing it by name would re-enter this init.
    let path = Value::Obj(init_path(vm)?);
    pyrite_vm::dictops::dict_set_str(&vm.interp.modules, "os.path", path.clone());
    set_attr_str(&m, "path", path);
    Ok(m)
}

/// `os.pipe()`: (read end, write end), both non-inheritable as in CPython.
fn os_pipe(vm: &mut Vm, a: Args) -> PyResult {
    a.exact("pipe", 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::new_tuple(vec![
        Value::Int(fds[0].into()),
        Value::Int(fds[1].into()),
    ]))
}

/// `os.read(fd, n)`: at most n bytes; blocks with the GIL released.
fn os_read(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("read", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let n = vm.to_i64(&p[1])?;
    if n < 0 {
        let einval = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(pyrite_vm::io::os_error_from(vm, &einval, None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is valid for `buf.len()` bytes of writes.
    let got = blocking_syscall(vm, || unsafe {
        libc::read(fd, buf.as_mut_ptr().cast(), buf.len())
    })?;
    buf.truncate(got);
    Ok(Value::new_bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written; blocks with the GIL released.
fn os_write(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("write", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let data = pyrite_vm::types::bytes::bytes_of(&p[1]).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            p[1].type_name()
        ))
    })?;
    // SAFETY: `data` is valid for `data.len()` bytes of reads.
    let put = blocking_syscall(vm, || unsafe {
        libc::write(fd, data.as_ptr().cast(), data.len())
    })?;
    Ok(Value::Int(put as i64))
}

/// `os.open(path, flags, mode=0o777)`: a new descriptor, non-inheritable as in CPython.
fn os_open(vm: &mut Vm, a: Args) -> PyResult {
    let [path, flags, mode] = a.bind("open", ["path", "flags", "mode"], 2)?;
    let path = path.expect("required");
    let c = std::ffi::CString::new(path_arg(&path)?)
        .map_err(|_| pyrite_vm::error::value_error("embedded null byte"))?;
    let flags = fd_arg(vm, &flags.expect("required"))?;
    let mode = match mode {
        Some(m) => vm.to_i64(&m)? as libc::mode_t,
        None => 0o777,
    };
    loop {
        let r = vm.allow_threads(|| {
            // SAFETY: `c` is NUL-terminated and alive during the call.
            let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
            if fd < 0 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(fd)
            }
        });
        match r {
            Ok(fd) => return Ok(Value::Int(fd.into())),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                pyrite_vm::signals::check_signals(vm)?
            }
            Err(e) => return Err(pyrite_vm::io::os_error_from(vm, &e, Some(&path))),
        }
    }
}

/// `_stat(path_or_fd, follow_symlinks)`: the fields of an `os.stat_result` (`Lib/os.py`
/// builds it): mode, ino, dev, nlink, uid, gid, size, the three times as floats and in
/// nanoseconds, blksize, blocks, rdev.
fn os_stat(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("stat", 2)?;
    let follow = vm.truthy(&p[1])?;
    // SAFETY: `stat` is plain integers: all zeroes is a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let failed = if let Value::Int(_) = &p[0] {
        let fd = fd_arg(vm, &p[0])?;
        // SAFETY: fstat only writes into `st`; any descriptor number is allowed.
        unsafe { libc::fstat(fd, &mut st) != 0 }
    } else {
        let path = std::ffi::CString::new(path_arg(&p[0])?)
            .map_err(|_| value_error("embedded null byte"))?;
        // SAFETY: a NUL-terminated path and a writable `stat`.
        unsafe {
            if follow {
                libc::stat(path.as_ptr(), &mut st) != 0
            } else {
                libc::lstat(path.as_ptr(), &mut st) != 0
            }
        }
    };
    if failed {
        let e = std::io::Error::last_os_error();
        let name = (!matches!(p[0], Value::Int(_))).then_some(&p[0]);
        return Err(pyrite_vm::io::os_error_from(vm, &e, name));
    }
    let seconds = |s: i64, n: i64| Value::float(s as f64 + n as f64 * 1e-9);
    let nanos =
        |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut fields = vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
    ];
    fields.extend(times.iter().map(|&(s, n)| seconds(s, n)));
    fields.extend(times.iter().map(|&(s, n)| nanos(s, n)));
    fields.extend([
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ]);
    Ok(Value::new_tuple(fields))
}

/// `os.close(fd)`.
fn os_close(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("close", 1)?;
    let fd = fd_arg(vm, &p[0])?;
    // SAFETY: closing a descriptor number has no memory-safety preconditions; closing one
    // that a Pyrite file object still owns is the same user error as in CPython.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

fn os_remove(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("remove", 1)?;
    let path = path_arg(&p[0])?;
    if std::path::Path::new(&path).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(pyrite_vm::io::os_error_from(vm, &e, Some(&p[0])));
    }
    let r = std::fs::remove_file(path);
    io_result(vm, r, &p[0])?;
    Ok(Value::none())
}

pub fn init_path(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("os.path");
    let fns: &[(&'static str, NativeFn)] = &[
        ("exists", |_, a| {
            Ok(Value::bool(
                std::path::Path::new(&path_arg(&a.exact("exists", 1)?[0])?).exists(),
            ))
        }),
        ("isfile", |_, a| {
            Ok(Value::bool(
                std::path::Path::new(&path_arg(&a.exact("isfile", 1)?[0])?).is_file(),
            ))
        }),
        ("isdir", |_, a| {
            Ok(Value::bool(
                std::path::Path::new(&path_arg(&a.exact("isdir", 1)?[0])?).is_dir(),
            ))
        }),
        ("isabs", |_, a| {
            Ok(Value::bool(
                path_arg(&a.exact("isabs", 1)?[0])?.starts_with('/'),
            ))
        }),
        ("join", |_, a| {
            let p = a.pos();
            if p.is_empty() {
                return Err(type_error(
                    "join() missing 1 required positional argument: 'a'",
                ));
            }
            let mut out = path_arg(&p[0])?;
            for part in &p[1..] {
                let s = path_arg(part)?;
                if s.starts_with('/') {
                    out = s;
                } else if out.is_empty() || out.ends_with('/') {
                    out.push_str(&s);
                } else {
                    out.push('/');
                    out.push_str(&s);
                }
            }
            Ok(Value::new_str(out))
        }),
        ("basename", |_, a| {
            let s = path_arg(&a.exact("basename", 1)?[0])?;
            Ok(Value::new_str(
                s.rsplit('/').next().unwrap_or("").to_string(),
            ))
        }),
        ("dirname", |_, a| {
            let s = path_arg(&a.exact("dirname", 1)?[0])?;
            let head = match s.rfind('/') {
                Some(i) => {
                    let h = &s[..=i];
                    let t = h.trim_end_matches('/');
                    if t.is_empty() {
                        h.to_string()
                    } else {
                        t.to_string()
                    }
                }
                None => String::new(),
            };
            Ok(Value::new_str(head))
        }),
        ("split", |_, a| {
            let s = path_arg(&a.exact("split", 1)?[0])?;
            let (head, tail) = match s.rfind('/') {
                Some(i) => {
                    let h = &s[..=i];
                    let t = h.trim_end_matches('/');
                    (
                        if t.is_empty() {
                            h.to_string()
                        } else {
                            t.to_string()
                        },
                        s[i + 1..].to_string(),
                    )
                }
                None => (String::new(), s.clone()),
            };
            Ok(Value::new_tuple(vec![
                Value::new_str(head),
                Value::new_str(tail),
            ]))
        }),
        ("splitext", |_, a| {
            let s = path_arg(&a.exact("splitext", 1)?[0])?;
            let base_start = s.rfind('/').map_or(0, |i| i + 1);
            let base = &s[base_start..];
            let dot = base
                .rfind('.')
                .filter(|&i| base[..i].chars().any(|c| c != '.'));
            Ok(match dot {
                Some(i) => Value::new_tuple(vec![
                    Value::new_str(&s[..base_start + i]),
                    Value::new_str(&base[i..]),
                ]),
                None => Value::new_tuple(vec![Value::new_str(s.as_str()), Value::new_str("")]),
            })
        }),
        ("abspath", |vm, a| {
            let s = path_arg(&a.exact("abspath", 1)?[0])?;
            let p = if s.starts_with('/') {
                std::path::PathBuf::from(&s)
            } else {
                let cwd = std::env::current_dir();
                io_result(vm, cwd, &Value::none())?.join(&s)
            };
            Ok(Value::new_str(normpath(&p.to_string_lossy())))
        }),
        ("normpath", |_, a| {
            Ok(Value::new_str(normpath(&path_arg(
                &a.exact("normpath", 1)?[0],
            )?)))
        }),
        ("getsize", |vm, a| {
            let p = a.exact("getsize", 1)?;
            let md = std::fs::metadata(path_arg(&p[0])?);
            Ok(Value::Int(io_result(vm, md, &p[0])?.len() as i64))
        }),
    ];
    add_functions(&m, fns);
    set_attr_str(&m, "sep", Value::new_str("/"));
    Ok(m)
}

fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let absolute = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}
