//! File objects (`open()`, `sys.stdin/stdout/stderr`) and `input()`.

use std::io::{Read, Seek, SeekFrom, Write};

use parking_lot::{Mutex, MutexGuard};
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::native::{add_method, add_property, Args};
use crate::Vm;

enum Handle {
    File(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
}

struct FileState {
    handle: Option<Handle>,
    /// `open(fd, closefd=False)`: the descriptor is not ours to close.
    closefd: bool,
    /// Bytes read from the OS but not yet consumed.
    read_buf: Vec<u8>,
    /// Bytes written but not yet flushed.
    write_buf: Vec<u8>,
    /// Text mode: a pending '\r' whose meaning depends on the next byte.
    eof: bool,
}

impl FileState {
    /// Drop the OS handle, leaving the descriptor open if it was opened with
    /// `closefd=False`.
    fn release_handle(&mut self) {
        if let Some(Handle::File(f)) = self.handle.take() {
            if self.closefd {
                drop(f);
            } else {
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        self.release_handle();
    }
}

pub struct PyFile {
    /// A real lock in both builds (CPython's buffered-I/O lock): the OS read or write runs
    /// with the GIL released, so the GIL cannot protect the buffers. Take it with
    /// `PyFile::lock`, which never blocks while holding the GIL.
    state: Mutex<FileState>,
    binary: bool,
    readable: bool,
    writable: bool,
    /// Flush after every write (stderr, `-u`), or at each newline (interactive stdout).
    unbuffered: bool,
    pub name: Value,
    pub mode: String,
    /// Text mode with `newline=None`: translate "\r\n" and "\r" to "\n" on reading.
    translate_newlines: bool,
    /// The decoding error policy ("strict", "replace", "ignore").
    errors: String,
}

pub fn file_types() -> &'static (ObjRef, ObjRef, ObjRef) {
    static T: std::sync::OnceLock<(ObjRef, ObjRef, ObjRef)> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let mk = |n: &str| make_type(&t.type_, n, std::slice::from_ref(&t.object), Layout::Native);
        (
            mk("TextIOWrapper"),
            mk("BufferedReader"),
            mk("BufferedWriter"),
        )
    })
}

pub fn init() {
    let (text, br, bw) = file_types();
    for cls in [text, br, bw] {
        // CPython's file classes live in `_io` (`'_io.TextIOWrapper' object ...`).
        crate::native::set_type_attr(cls, "__module__", Value::new_str("_io"));
        add_method(cls, "read", file_read);
        add_method(cls, "readline", file_readline);
        add_method(cls, "readlines", file_readlines);
        add_method(cls, "write", file_write);
        add_method(cls, "writelines", file_writelines);
        add_method(cls, "flush", |vm, a| {
            flush_file(vm, file_of(a.self_())?)?;
            Ok(Value::none())
        });
        add_method(cls, "close", file_close);
        add_method(cls, "seek", file_seek);
        add_method(cls, "tell", file_tell);
        add_method(cls, "fileno", |vm, a| {
            let f = file_of(a.self_())?;
            let st = f.lock(vm);
            Ok(Value::Int(match &st.handle {
                Some(Handle::Stdin) => 0,
                Some(Handle::Stdout) => 1,
                Some(Handle::Stderr) => 2,
                Some(Handle::File(file)) => {
                    use std::os::fd::AsRawFd;
                    file.as_raw_fd() as i64
                }
                None => return Err(closed_error()),
            }))
        });
        add_method(cls, "isatty", |vm, a| {
            let f = file_of(a.self_())?;
            let st = f.lock(vm);
            use std::io::IsTerminal;
            Ok(Value::bool(match &st.handle {
                Some(Handle::Stdin) => std::io::stdin().is_terminal(),
                Some(Handle::Stdout) => std::io::stdout().is_terminal(),
                Some(Handle::Stderr) => std::io::stderr().is_terminal(),
                _ => false,
            }))
        });
        add_method(cls, "readable", |_, a| {
            Ok(Value::bool(file_of(a.self_())?.readable))
        });
        add_method(cls, "writable", |_, a| {
            Ok(Value::bool(file_of(a.self_())?.writable))
        });
        add_method(cls, "seekable", |vm, a| {
            let f = file_of(a.self_())?;
            // A pipe or socket opened by descriptor is a File that cannot seek.
            Ok(Value::bool(match &mut f.lock(vm).handle {
                Some(Handle::File(file)) => file.stream_position().is_ok(),
                _ => false,
            }))
        });
        add_method(cls, "__enter__", |vm, a| {
            check_open(vm, file_of(a.self_())?)?;
            Ok(a.self_().clone())
        });
        add_method(cls, "__exit__", |vm, a| {
            file_close(vm, Args::positional_only(std::slice::from_ref(a.self_())))?;
            Ok(Value::none())
        });
        add_method(cls, "__iter__", |vm, a| {
            check_open(vm, file_of(a.self_())?)?;
            Ok(a.self_().clone())
        });
        add_method(cls, "__next__", |vm, a| {
            let line = readline(vm, file_of(a.self_())?, -1)?;
            if line_is_empty(&line) {
                return Err(crate::error::stop_iteration(Value::none()));
            }
            Ok(line)
        });
        add_method(cls, "__repr__", |vm, a| {
            let f = file_of(a.self_())?;
            let n = vm.repr_string(&f.name)?;
            let cls = a.self_().class().type_data().qualname();
            Ok(Value::new_str(if f.binary {
                format!("<_io.{cls} name={n}>")
            } else {
                format!("<_io.{cls} name={n} mode='{}' encoding='utf-8'>", f.mode)
            }))
        });
        add_property(
            cls,
            "closed",
            |vm, a| Ok(Value::bool(file_of(a.self_())?.lock(vm).handle.is_none())),
            None,
        );
        add_property(
            cls,
            "name",
            |_, a| Ok(file_of(a.self_())?.name.clone()),
            None,
        );
        add_property(
            cls,
            "mode",
            |_, a| Ok(Value::new_str(file_of(a.self_())?.mode.clone())),
            None,
        );
    }
    add_property(text, "encoding", |_, _| Ok(Value::new_str("utf-8")), None);
    add_property(text, "errors", |_, _| Ok(Value::new_str("strict")), None);
    add_property(text, "buffer", |_, a| Ok(a.self_().clone()), None);
}

fn file_of(v: &Value) -> PyResult<&PyFile> {
    v.payload()
        .and_then(|p| p.native::<PyFile>())
        .ok_or_else(|| type_error("expected a file object"))
}

fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

fn check_open(vm: &mut Vm, f: &PyFile) -> PyResult<()> {
    if f.lock(vm).handle.is_none() {
        return Err(closed_error());
    }
    Ok(())
}

fn unsupported(msg: &str) -> PyErr {
    // io.UnsupportedOperation derives from OSError and ValueError; OSError is what matters.
    PyErr::new(&unsupported_operation(), msg)
}

fn line_is_empty(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    }
}

impl PyFile {
    /// Lock the file's state. If another thread holds it (it may be blocked in a read with
    /// the GIL released), wait with the GIL released too, or the two would deadlock.
    fn lock<'a>(&'a self, vm: &mut Vm) -> MutexGuard<'a, FileState> {
        match self.state.try_lock() {
            Some(g) => g,
            None => vm.allow_threads(|| self.state.lock()),
        }
    }

    /// A file with the default text options (`newline=None`, `errors="strict"`).
    fn new(
        handle: Handle,
        name: Value,
        mode: &str,
        binary: bool,
        readable: bool,
        writable: bool,
    ) -> PyFile {
        PyFile {
            state: Mutex::new(FileState {
                handle: Some(handle),
                closefd: true,
                read_buf: Vec::new(),
                write_buf: Vec::new(),
                eof: false,
            }),
            binary,
            readable,
            writable,
            unbuffered: false,
            name,
            mode: mode.to_string(),
            translate_newlines: true,
            errors: "strict".to_string(),
        }
    }

    /// Wrap in a file object of the class matching its mode.
    fn into_object(self) -> Value {
        let (text, br, bw) = file_types();
        let cls = if !self.binary {
            text
        } else if self.readable {
            br
        } else {
            bw
        };
        Value::Obj(ObjRef::new(
            cls.clone(),
            None,
            Payload::Native(NativeBox::new(self)),
        ))
    }
}

/// The standard streams for `sys`.
pub fn std_streams(unbuffered: bool) -> (Value, Value, Value) {
    use std::io::IsTerminal;
    let tty = std::io::stdout().is_terminal();
    let stdin = PyFile::new(
        Handle::Stdin,
        Value::new_str("<stdin>"),
        "r",
        false,
        true,
        false,
    );
    let mut stdout = PyFile::new(
        Handle::Stdout,
        Value::new_str("<stdout>"),
        "w",
        false,
        false,
        true,
    );
    stdout.unbuffered = unbuffered || tty;
    let mut stderr = PyFile::new(
        Handle::Stderr,
        Value::new_str("<stderr>"),
        "w",
        false,
        false,
        true,
    );
    stderr.unbuffered = true;
    (
        stdin.into_object(),
        stdout.into_object(),
        stderr.into_object(),
    )
}

/// An OSError from an I/O error, with CPython's errno subclass and message.
pub fn os_error_from(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = os_error_text(e);
    let mut args = vec![Value::Int(errno as i64), Value::new_str(msg)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    let cls = Value::Obj(types().exc.os_error.clone());
    match vm.call_positional(&cls, &args) {
        Ok(v) => match v {
            Value::Obj(o) => PyErr(o),
            _ => crate::error::os_error(e.to_string()),
        },
        Err(err) => err,
    }
}

/// C's strerror text of an I/O error (Rust's message without its " (os error N)" suffix).
pub fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn builtin_open(vm: &mut Vm, args: Args) -> PyResult {
    let [file, mode, _buffering, encoding, errors, newline, closefd] = args.bind(
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
        ],
        1,
    )?;
    let file = file.expect("required");
    let closefd = match &closefd {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    let fd = match &file {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    if fd.is_none() && !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    let mode = match &mode {
        Some(m) => m
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    m.type_name()
                ))
            })?
            .to_string(),
        None => "r".to_string(),
    };
    let path = match file.as_str() {
        _ if fd.is_some() => String::new(),
        Some(s) => s.to_string(),
        None => match crate::types::bytes::bytes_of(&file) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.type_name()
                )))
            }
        },
    };
    if let Some(enc) = &encoding {
        if let Some(e) = enc.as_str() {
            let n = e.to_ascii_lowercase().replace(['-', '_'], "");
            // "locale" (PEP 597) is the locale's encoding, which Pyrite takes to be UTF-8.
            if !matches!(
                n.as_str(),
                "utf8" | "ascii" | "latin1" | "iso88591" | "locale"
            ) {
                return Err(crate::error::lookup_error(format!("unknown encoding: {e}")));
            }
        }
    }
    let mut kind = None;
    let (mut binary, mut text, mut plus) = (false, false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(value_error(
                        "must have exactly one of create/read/write/append mode",
                    ));
                }
                kind = Some(c);
            }
            'b' => binary = true,
            't' => text = true,
            '+' => plus = true,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    if binary && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if binary && encoding.as_ref().is_some_and(|e| !e.is_none()) {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    let Some(kind) = kind else {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => {
            opts.read(true);
            if plus {
                opts.write(true);
            }
        }
        'w' => {
            opts.write(true).create(true).truncate(true);
            if plus {
                opts.read(true);
            }
        }
        'a' => {
            opts.append(true).create(true);
            if plus {
                opts.read(true);
            }
        }
        _ => {
            opts.write(true).create_new(true);
            if plus {
                opts.read(true);
            }
        }
    }
    let f = if let Some(fd) = fd {
        file_from_fd(vm, fd)?
    } else {
        if std::path::Path::new(&path).is_dir() && kind == 'r' {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(os_error_from(vm, &e, Some(&file)));
        }
        match opts.open(&path) {
            Ok(f) => f,
            Err(e) => return Err(os_error_from(vm, &e, Some(&file))),
        }
    };
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let newline = newline.filter(|n| !n.is_none());
    let errors = errors
        .and_then(|e| e.as_str().map(String::from))
        .unwrap_or_else(|| "strict".into());
    let mut pf = PyFile::new(
        Handle::File(f),
        file.clone(),
        &mode,
        binary,
        readable,
        writable,
    );
    pf.state.get_mut().closefd = closefd;
    pf.translate_newlines = newline.is_none();
    pf.errors = errors;
    Ok(pf.into_object())
}

/// A `File` over an open descriptor (`open(fd)`, `os.fdopen`); EBADF if it is not open.
fn file_from_fd(vm: &mut Vm, fd: i64) -> PyResult<std::fs::File> {
    let Ok(fd) = libc::c_int::try_from(fd) else {
        return Err(crate::error::overflow_error(
            "signed integer is greater than maximum",
        ));
    };
    if fd < 0 {
        return Err(value_error("negative file descriptor"));
    }
    // SAFETY: F_GETFD only reads the descriptor's flags.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    use std::os::fd::FromRawFd;
    // SAFETY: the descriptor is open; the file object owns it from now on (or gives it
    // back without closing it, for closefd=False), as CPython's FileIO does.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// Fill the read buffer with more bytes; returns false at EOF. The OS read runs with the
/// GIL released (the file's own lock is held).
fn fill(vm: &mut Vm, st: &mut FileState) -> std::io::Result<bool> {
    let mut chunk = vec![0u8; 64 * 1024];
    let n = vm.allow_threads(|| match st.handle.as_mut() {
        Some(Handle::File(f)) => f.read(&mut chunk),
        Some(Handle::Stdin) => std::io::stdin().lock().read(&mut chunk),
        _ => Ok(0),
    })?;
    if n == 0 {
        st.eof = true;
        return Ok(false);
    }
    st.read_buf.extend_from_slice(&chunk[..n]);
    Ok(true)
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    os_error_from(vm, &e, None)
}

/// Decode text, translating universal newlines when asked.
fn decode_text(bytes: &[u8], translate: bool, errors: &str) -> PyResult<String> {
    let s = crate::types::bytes::decode(bytes, "utf-8", errors)?;
    Ok(if translate && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    })
}

fn make_result(f: &PyFile, bytes: Vec<u8>) -> PyResult {
    if f.binary {
        Ok(Value::new_bytes(bytes))
    } else {
        Ok(Value::new_str(decode_text(
            &bytes,
            f.translate_newlines,
            &f.errors,
        )?))
    }
}

fn prepare_read(vm: &mut Vm, f: &PyFile) -> PyResult<()> {
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    flush_file(vm, f)
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("read", 1, 2)?;
    let f = file_of(&p[0])?;
    let n = match p.get(1) {
        Some(v) if !v.is_none() => vm.to_i64(v)?,
        _ => -1,
    };
    prepare_read(vm, f)?;
    let mut st = f.lock(vm);
    if n < 0 {
        loop {
            match fill(vm, &mut st) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    drop(st);
                    return Err(io_err(vm, e));
                }
            }
        }
        let all = std::mem::take(&mut st.read_buf);
        drop(st);
        return make_result(f, all);
    }
    let n = n as usize;
    if f.binary {
        while st.read_buf.len() < n {
            match fill(vm, &mut st) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    drop(st);
                    return Err(io_err(vm, e));
                }
            }
        }
        let take = n.min(st.read_buf.len());
        let out: Vec<u8> = st.read_buf.drain(..take).collect();
        return Ok(Value::new_bytes(out));
    }
    // Text: n characters.
    loop {
        let text = String::from_utf8_lossy(&st.read_buf);
        if text.chars().count() > n || st.eof {
            break;
        }
        match fill(vm, &mut st) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                drop(st);
                return Err(io_err(vm, e));
            }
        }
    }
    let text =
        decode_text(&st.read_buf.clone(), f.translate_newlines, &f.errors).unwrap_or_default();
    let out: String = text.chars().take(n).collect();
    // Consume the bytes that produced `out` (accounting for newline translation).
    let mut consumed = 0;
    let mut chars = 0;
    let buf = st.read_buf.clone();
    let s = String::from_utf8_lossy(&buf).into_owned();
    let mut it = s.char_indices().peekable();
    while chars < out.chars().count() {
        match it.next() {
            Some((i, '\r')) => {
                consumed = i + 1;
                if let Some((j, '\n')) = it.peek().copied() {
                    consumed = j + 1;
                    it.next();
                }
            }
            Some((i, c)) => consumed = i + c.len_utf8(),
            None => break,
        }
        chars += 1;
    }
    let n = consumed.min(st.read_buf.len());
    st.read_buf.drain(..n);
    Ok(Value::new_str(out))
}

fn readline(vm: &mut Vm, f: &PyFile, limit: i64) -> PyResult {
    prepare_read(vm, f)?;
    let mut st = f.lock(vm);
    loop {
        let pos = st
            .read_buf
            .iter()
            .position(|&b| b == b'\n' || (!f.binary && f.translate_newlines && b == b'\r'));
        if let Some(i) = pos {
            let mut end = i + 1;
            if !f.binary && st.read_buf[i] == b'\r' {
                if i + 1 == st.read_buf.len() && !st.eof {
                    // Need one more byte to know whether this is "\r\n".
                    match fill(vm, &mut st) {
                        Ok(_) => continue,
                        Err(e) => {
                            drop(st);
                            return Err(io_err(vm, e));
                        }
                    }
                }
                if st.read_buf.get(i + 1) == Some(&b'\n') {
                    end = i + 2;
                }
            }
            if limit >= 0 && end > limit as usize {
                end = limit as usize;
            }
            let line: Vec<u8> = st.read_buf.drain(..end).collect();
            drop(st);
            return make_result(f, line);
        }
        if limit >= 0 && st.read_buf.len() >= limit as usize {
            let line: Vec<u8> = st.read_buf.drain(..limit as usize).collect();
            drop(st);
            return make_result(f, line);
        }
        match fill(vm, &mut st) {
            Ok(true) => {}
            Ok(false) => {
                let line = std::mem::take(&mut st.read_buf);
                drop(st);
                return make_result(f, line);
            }
            Err(e) => {
                drop(st);
                return Err(io_err(vm, e));
            }
        }
    }
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("readline", 1, 2)?;
    let limit = match p.get(1) {
        Some(v) if !v.is_none() => vm.to_i64(v)?,
        _ => -1,
    };
    readline(vm, file_of(&p[0])?, limit)
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("readlines", 1, 2)?;
    let f = file_of(&p[0])?;
    let mut lines = Vec::new();
    loop {
        let line = readline(vm, f, -1)?;
        if line_is_empty(&line) {
            break;
        }
        lines.push(line);
    }
    Ok(Value::new_list(lines))
}

fn write_bytes(vm: &mut Vm, f: &PyFile, data: &[u8]) -> PyResult<()> {
    let mut st = f.lock(vm);
    if st.handle.is_none() {
        return Err(closed_error());
    }
    if !st.read_buf.is_empty() {
        // Writing after reading: reposition the OS file at the logical position.
        let back = st.read_buf.len() as i64;
        st.read_buf.clear();
        if let Some(Handle::File(file)) = st.handle.as_mut() {
            let _ = file.seek(SeekFrom::Current(-back));
        }
    }
    st.write_buf.extend_from_slice(data);
    let flush_now = f.unbuffered || st.write_buf.len() >= 64 * 1024;
    drop(st);
    if flush_now {
        flush_file(vm, f)?;
    }
    Ok(())
}

fn flush_file(vm: &mut Vm, f: &PyFile) -> PyResult<()> {
    let mut st = f.lock(vm);
    if st.write_buf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.write_buf);
    // The OS write runs with the GIL released (a full pipe must not stop other threads).
    let r = vm.allow_threads(|| match st.handle.as_mut() {
        Some(Handle::File(file)) => file.write_all(&data),
        Some(Handle::Stdout) => {
            let mut out = std::io::stdout().lock();
            out.write_all(&data).and_then(|_| out.flush())
        }
        Some(Handle::Stderr) => std::io::stderr().lock().write_all(&data),
        _ => Ok(()),
    });
    drop(st);
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("write", 2)?;
    let f = file_of(&p[0])?;
    check_open(vm, f)?;
    if !f.writable {
        return Err(unsupported("not writable"));
    }
    if f.binary {
        let b = crate::types::bytes::bytes_of(&p[1]).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                p[1].type_name()
            ))
        })?;
        write_bytes(vm, f, &b)?;
        return Ok(Value::Int(b.len() as i64));
    }
    let s = p[1].as_str().ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            p[1].type_name()
        ))
    })?;
    write_bytes(vm, f, s.as_bytes())?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("writelines", 2)?;
    for line in vm.collect(&p[1])? {
        file_write(vm, Args::positional_only(&[p[0].clone(), line]))?;
    }
    Ok(Value::none())
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult {
    let f = file_of(args.self_())?;
    if f.lock(vm).handle.is_none() {
        return Ok(Value::none());
    }
    flush_file(vm, f)?;
    // Closing a standard stream only marks it closed.
    f.lock(vm).release_handle();
    Ok(Value::none())
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("seek", 2, 3)?;
    let f = file_of(&p[0])?;
    check_open(vm, f)?;
    let off = vm.to_i64(&p[1])?;
    let whence = match p.get(2) {
        Some(w) => vm.to_i64(w)?,
        None => 0,
    };
    flush_file(vm, f)?;
    let mut st = f.lock(vm);
    let buffered = st.read_buf.len() as i64;
    st.read_buf.clear();
    st.eof = false;
    let pos = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off - buffered),
        2 => SeekFrom::End(off),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    let r = match st.handle.as_mut() {
        Some(Handle::File(file)) => file.seek(pos),
        _ => return Err(unsupported("underlying stream is not seekable")),
    };
    drop(st);
    match r {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult {
    let f = file_of(args.self_())?;
    check_open(vm, f)?;
    flush_file(vm, f)?;
    let mut st = f.lock(vm);
    let buffered = st.read_buf.len() as u64;
    let r = match st.handle.as_mut() {
        Some(Handle::File(file)) => file.stream_position(),
        _ => return Err(unsupported("underlying stream is not seekable")),
    };
    drop(st);
    match r {
        Ok(n) => Ok(Value::Int((n - buffered) as i64)),
        Err(e) => Err(io_err(vm, e)),
    }
}

/// `sys.<name>` (stdout, stderr, stdin).
pub fn sys_stream(vm: &mut Vm, name: &str) -> PyResult {
    let sys = vm.sys_module();
    match crate::dictops::dict_get_str(sys.dict.as_ref().expect("module dict"), name) {
        Some(v) => Ok(v),
        None => Err(crate::error::runtime_error(format!("lost sys.{name}"))),
    }
}

/// Write text to a file-like object (fast path for our files).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Ok(f) = file_of(file) {
        if !f.binary {
            check_open(vm, f)?;
            if !f.writable {
                return Err(unsupported("not writable"));
            }
            return write_bytes(vm, f, s.as_bytes());
        }
    }
    vm.call_method(file, "write", &[Value::new_str(s)])?;
    Ok(())
}

/// Flush `sys.stdout` and `sys.stderr` (at exit, before input()).
pub fn flush_std(vm: &mut Vm) {
    for n in ["stdout", "stderr"] {
        if let Ok(s) = sys_stream(vm, n) {
            if let Ok(f) = file_of(&s) {
                let _ = flush_file(vm, f);
            } else {
                let _ = vm.call_method(&s, "flush", &[]);
            }
        }
    }
}

/// `input(prompt='')`.
pub fn builtin_input(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("input", 0, 1)?;
    let out = sys_stream(vm, "stdout")?;
    if let Some(prompt) = p.first() {
        let s = vm.str_string(prompt)?;
        write_to(vm, &out, &s)?;
    }
    flush_std(vm);
    let stdin = sys_stream(vm, "stdin")?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = line.as_str().unwrap_or("").to_string();
    if s.is_empty() {
        return Err(crate::error::eof_error("EOF when reading a line"));
    }
    Ok(Value::new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

/// `io.UnsupportedOperation` (an OSError and a ValueError).
pub fn unsupported_operation() -> ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let e = &types().exc;
        let bases = vec![e.os_error.clone(), e.value_error.clone()];
        let mro = crate::types::class::compute_mro(&bases).expect("consistent MRO");
        let data = pyrite_object::types::TypeData::new(
            "UnsupportedOperation",
            bases,
            mro,
            Layout::Exception,
            pyrite_object::types::flags::BASETYPE | pyrite_object::types::flags::HAS_DICT,
        );
        let cls = ObjRef::new_immortal(types().type_.clone(), None, Payload::Type(Box::new(data)));
        crate::native::set_type_attr(&cls, "__module__", Value::new_str("io"));
        cls
    })
    .clone()
}
