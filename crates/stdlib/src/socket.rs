//! `_socket`: BSD sockets over file descriptors, for `Lib/socket.py`.
//!
//! The functions work on descriptor numbers; the `socket` class (family, type, timeout,
//! context manager, repr) is written in Python on top. Every call that can block runs with
//! the GIL released. Timeouts follow CPython's `sock_call`: the operation is tried, and on
//! EWOULDBLOCK the descriptor is waited for with poll(2) (in slices, so Ctrl-C reaches a
//! waiting main thread) until the deadline, which raises `TimeoutError("timed out")`.
//! Sends and receives pass MSG_DONTWAIT, so even a blocking socket is waited for by poll
//! and never blocks in the system call itself.

use std::ffi::{CStr, CString};
use std::time::Instant;

use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{overflow_error, type_error, value_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::{PyErr, Vm};

use crate::blocking::{errno_error, fd_arg, last_os_error, wait_fd};

/// `socket.gaierror` and `socket.herror` (OSError subclasses), made at first import.
static GAIERROR: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn timeout_error() -> PyErr {
    PyErr::new(&types().exc.timeout_error, "timed out")
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    pyrite_vm::types::bytes::bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.to_i64(v)?;
    libc::c_int::try_from(n).map_err(|_| overflow_error("signed integer is greater than maximum"))
}

/// The timeout argument the Python layer passes: None (blocking) or seconds (0: non-blocking).
fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    Ok(Some(pyrite_vm::types::float::float_from_value(vm, v)?))
}

fn deadline_of(timeout: Option<f64>) -> PyResult<Option<Instant>> {
    match timeout {
        None => Ok(None),
        Some(t) => {
            let d = crate::time::seconds_to_duration(t)?;
            Ok(Some(Instant::now().checked_add(d).ok_or_else(|| {
                overflow_error("timeout doesn't fit into C timeval")
            })?))
        }
    }
}

/// Run a socket operation as CPython's `sock_call_ex` does: try it with the GIL released;
/// on EWOULDBLOCK wait for `events` until the deadline (unless the socket is non-blocking,
/// timeout 0, where BlockingIOError is raised); retry after EINTR. `wait_first` waits
/// before the first try (for calls that would block on a blocking descriptor: accept).
fn sock_call(
    vm: &mut Vm,
    fd: libc::c_int,
    events: libc::c_short,
    timeout: Option<f64>,
    wait_first: bool,
    deadline: Option<Instant>,
    mut op: impl FnMut() -> isize,
) -> PyResult<usize> {
    let nonblocking = timeout == Some(0.0);
    if wait_first && !nonblocking && !wait_fd(vm, fd, events, deadline)? {
        return Err(timeout_error());
    }
    loop {
        let r = vm.allow_threads(|| usize::try_from(op()).map_err(|_| errno()));
        match r {
            Ok(n) => return Ok(n),
            Err(libc::EINTR) => pyrite_vm::signals::check_signals(vm)?,
            Err(e) if (e == libc::EAGAIN || e == libc::EWOULDBLOCK) && !nonblocking => {
                if !wait_fd(vm, fd, events, deadline)? {
                    return Err(timeout_error());
                }
            }
            Err(e) => return Err(errno_error(vm, e)),
        }
    }
}

// ---- addresses ----

/// A socket address in C form.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain data; all-zero is a valid value.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    fn as_ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }

    fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

fn host_arg(v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = pyrite_vm::types::bytes::bytes_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(type_error(format!(
        "str, bytes or bytearray expected, not {}",
        v.type_name()
    )))
}

/// Resolve a host name to an address of `family` (CPython's `setipaddr`).
fn resolve_host(vm: &mut Vm, host: &str, family: libc::c_int) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    if family == libc::AF_INET {
        let ip = match host {
            "" => Some(std::net::Ipv4Addr::UNSPECIFIED),
            "<broadcast>" => Some(std::net::Ipv4Addr::BROADCAST),
            _ => host.parse::<std::net::Ipv4Addr>().ok(),
        };
        if let Some(ip) = ip {
            set_v4(&mut out, ip, 0);
            return Ok(out);
        }
    } else if family == libc::AF_INET6 {
        let ip = match host {
            "" => Some(std::net::Ipv6Addr::UNSPECIFIED),
            _ => host.parse::<std::net::Ipv6Addr>().ok(),
        };
        if let Some(ip) = ip {
            set_v6(&mut out, ip, 0, 0, 0);
            return Ok(out);
        }
    }
    let infos = lookup(vm, Some(host), None, family, 0, 0, 0)?;
    match infos.into_iter().next() {
        Some(info) => Ok(info.addr),
        None => Err(gai_error(vm, libc::EAI_NONAME)),
    }
}

fn set_v4(out: &mut SockAddr, ip: std::net::Ipv4Addr, port: u16) {
    let sin = libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: port.to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from(ip).to_be(),
        },
        sin_zero: [0; 8],
    };
    // SAFETY: sockaddr_storage is larger than sockaddr_in and suitably aligned for it.
    unsafe { std::ptr::write(out.as_mut_ptr().cast(), sin) };
    out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
}

fn set_v6(out: &mut SockAddr, ip: std::net::Ipv6Addr, port: u16, flow: u32, scope: u32) {
    let sin6 = libc::sockaddr_in6 {
        sin6_family: libc::AF_INET6 as libc::sa_family_t,
        sin6_port: port.to_be(),
        sin6_flowinfo: flow.to_be(),
        sin6_addr: libc::in6_addr {
            s6_addr: ip.octets(),
        },
        sin6_scope_id: scope,
    };
    // SAFETY: sockaddr_storage is larger than sockaddr_in6 and suitably aligned for it.
    unsafe { std::ptr::write(out.as_mut_ptr().cast(), sin6) };
    out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
}

fn port_arg(vm: &mut Vm, v: &Value, caller: &str) -> PyResult<u16> {
    let p = vm.to_i64(v)?;
    u16::try_from(p).map_err(|_| overflow_error(format!("{caller}(): port must be 0-65535.")))
}

/// A Python address (`(host, port)`, `(host, port, flowinfo, scope_id)`, a path) as a C
/// socket address of `family`, with CPython's error messages.
fn to_sockaddr(vm: &mut Vm, family: libc::c_int, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path = if let Some(s) = addr.as_str() {
                s.as_bytes().to_vec()
            } else if let Some(b) = pyrite_vm::types::bytes::bytes_of(addr) {
                b
            } else {
                return Err(type_error(format!(
                    "{caller}(): AF_UNIX address must be str or bytes, not {}",
                    addr.type_name()
                )));
            };
            let mut out = SockAddr::empty();
            // SAFETY: all-zero is a valid sockaddr_un.
            let mut sun: libc::sockaddr_un = unsafe { std::mem::zeroed() };
            if path.len() >= sun.sun_path.len() {
                return Err(PyErr::new(&types().exc.os_error, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            // SAFETY: sockaddr_storage is larger than sockaddr_un and aligned for it.
            unsafe { std::ptr::write(out.as_mut_ptr().cast(), sun) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            // An abstract address (leading NUL) is exactly as long as given.
            let extra = usize::from(path.first() != Some(&0));
            out.len = (base + path.len() + extra) as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let name = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Some(items) = tuple_items(addr) else {
                return Err(type_error(format!(
                    "{caller}(): {name} address must be tuple, not {}",
                    addr.type_name()
                )));
            };
            let ok_len = if family == libc::AF_INET {
                items.len() == 2
            } else {
                (2..=4).contains(&items.len())
            };
            if !ok_len {
                return Err(type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)"
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                }));
            }
            let host = host_arg(&items[0])?;
            let port = port_arg(vm, &items[1], caller)?;
            let mut out = resolve_host(vm, &host, family)?;
            if family == libc::AF_INET {
                // SAFETY: `resolve_host` filled in a sockaddr_in for AF_INET.
                let sin: libc::sockaddr_in = unsafe { std::ptr::read(out.as_ptr().cast()) };
                let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                set_v4(&mut out, ip, port);
            } else {
                let flow = match items.get(2) {
                    Some(v) => u32::try_from(vm.to_i64(v)?).map_err(|_| {
                        overflow_error(format!("{caller}(): flowinfo must be 0-1048575."))
                    })?,
                    None => 0,
                };
                // SAFETY: `resolve_host` filled in a sockaddr_in6 for AF_INET6.
                let sin6: libc::sockaddr_in6 = unsafe { std::ptr::read(out.as_ptr().cast()) };
                let scope = match items.get(3) {
                    Some(v) => vm.to_i64(v)? as u32,
                    None => sin6.sin6_scope_id,
                };
                let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
                set_v6(&mut out, ip, port, flow, scope);
            }
            Ok(out)
        }
        _ => Err(PyErr::new(
            &types().exc.os_error,
            format!("{caller}(): bad family"),
        )),
    }
}

/// A C socket address as the Python value CPython returns (`makesockaddr`).
fn from_sockaddr(sa: &SockAddr) -> Value {
    if sa.len == 0 {
        return Value::none();
    }
    match i32::from(sa.storage.ss_family) {
        libc::AF_INET => {
            // SAFETY: the kernel wrote a sockaddr_in for AF_INET.
            let sin: libc::sockaddr_in = unsafe { std::ptr::read(sa.as_ptr().cast()) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::new_tuple(vec![
                Value::new_str(ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port).into()),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the kernel wrote a sockaddr_in6 for AF_INET6.
            let sin6: libc::sockaddr_in6 = unsafe { std::ptr::read(sa.as_ptr().cast()) };
            let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Value::new_tuple(vec![
                Value::new_str(ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port).into()),
                Value::Int(u32::from_be(sin6.sin6_flowinfo).into()),
                Value::Int(sin6.sin6_scope_id.into()),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the kernel wrote a sockaddr_un (possibly shorter) for AF_UNIX; the
            // storage is zero-filled past what it wrote.
            let sun: libc::sockaddr_un = unsafe { std::ptr::read(sa.as_ptr().cast()) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (sa.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let path: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if path.first() == Some(&0) {
                // Linux abstract namespace: the raw bytes.
                return Value::new_bytes(path);
            }
            let end = path.iter().position(|&b| b == 0).unwrap_or(path.len());
            Value::new_str(String::from_utf8_lossy(&path[..end]).into_owned())
        }
        f => Value::new_tuple(vec![Value::Int(f.into()), Value::new_bytes(Vec::new())]),
    }
}

// ---- name resolution ----

struct AddrInfo {
    family: i32,
    socktype: i32,
    protocol: i32,
    canonname: String,
    addr: SockAddr,
}

fn gai_error(vm: &mut Vm, code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return last_os_error(vm);
    }
    // SAFETY: gai_strerror returns a static NUL-terminated string for any code.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let cls = GAIERROR
        .get()
        .cloned()
        .unwrap_or_else(|| types().exc.os_error.clone());
    PyErr::with_args(&cls, vec![Value::Int(code.into()), Value::new_str(msg)])
}

fn cstring(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| value_error("embedded null character"))
}

/// getaddrinfo(3), with the GIL released (it may ask a name server).
fn lookup(
    vm: &mut Vm,
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    protocol: i32,
    flags: i32,
) -> PyResult<Vec<AddrInfo>> {
    let host = host.map(cstring).transpose()?;
    let port = port.map(cstring).transpose()?;
    // SAFETY: all-zero is a valid addrinfo hints struct.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let res_ptr = &mut res as *mut *mut libc::addrinfo as usize;
    let code = vm.allow_threads(|| {
        // SAFETY: the strings are NUL-terminated or null, `hints` is initialised, and
        // `res_ptr` points at `res`, which outlives the call.
        unsafe {
            libc::getaddrinfo(
                host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
                port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
                &hints,
                res_ptr as *mut *mut libc::addrinfo,
            )
        }
    });
    if code != 0 {
        return Err(gai_error(vm, code));
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: `cur` is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*cur };
        let mut addr = SockAddr::empty();
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: `ai_addr` points at `ai_addrlen` bytes; `n` fits the storage.
        unsafe {
            std::ptr::copy_nonoverlapping(
                ai.ai_addr.cast::<u8>(),
                addr.as_mut_ptr().cast::<u8>(),
                n,
            )
        };
        addr.len = n as libc::socklen_t;
        let canonname = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null ai_canonname is a NUL-terminated string.
            unsafe { CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        out.push(AddrInfo {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            protocol: ai.ai_protocol,
            canonname,
            addr,
        });
        cur = ai.ai_next;
    }
    if !res.is_null() {
        // SAFETY: `res` came from a successful getaddrinfo and is freed once.
        unsafe { libc::freeaddrinfo(res) };
    }
    Ok(out)
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
fn sock_getaddrinfo(vm: &mut Vm, a: Args) -> PyResult {
    let [host, port, family, socktype, proto, flags] = a.bind(
        "getaddrinfo",
        ["host", "port", "family", "type", "proto", "flags"],
        2,
    )?;
    let host = host.expect("required");
    let port = port.expect("required");
    let host = if host.is_none() {
        None
    } else if let Some(s) = host.as_str() {
        Some(s.to_string())
    } else if let Some(b) = pyrite_vm::types::bytes::bytes_of(&host) {
        Some(String::from_utf8_lossy(&b).into_owned())
    } else {
        return Err(type_error(
            "getaddrinfo() argument 1 must be string or None",
        ));
    };
    let port = if port.is_none() {
        None
    } else if let Value::Int(n) = port {
        Some(n.to_string())
    } else if let Some(s) = port.as_str() {
        Some(s.to_string())
    } else if let Some(b) = pyrite_vm::types::bytes::bytes_of(&port) {
        Some(String::from_utf8_lossy(&b).into_owned())
    } else {
        return Err(PyErr::new(&types().exc.os_error, "Int or String expected"));
    };
    let mut int_or_zero = |v: Option<Value>| -> PyResult<i32> {
        match v {
            Some(v) => int_arg(vm, &v),
            None => Ok(0),
        }
    };
    let family = int_or_zero(family)?;
    let socktype = int_or_zero(socktype)?;
    let proto = int_or_zero(proto)?;
    let flags = int_or_zero(flags)?;
    let infos = lookup(
        vm,
        host.as_deref(),
        port.as_deref(),
        family,
        socktype,
        proto,
        flags,
    )?;
    Ok(Value::new_list(
        infos
            .iter()
            .map(|i| {
                Value::new_tuple(vec![
                    Value::Int(i.family.into()),
                    Value::Int(i.socktype.into()),
                    Value::Int(i.protocol.into()),
                    Value::new_str(i.canonname.as_str()),
                    from_sockaddr(&i.addr),
                ])
            })
            .collect(),
    ))
}

/// `gethostbyname(host)`: the first IPv4 address, as a string.
fn sock_gethostbyname(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("gethostbyname", 1)?;
    let host = host_arg(&p[0])?;
    let sa = resolve_host(vm, &host, libc::AF_INET)?;
    match tuple_items(&from_sockaddr(&sa)) {
        Some(items) => Ok(items[0].clone()),
        None => Err(gai_error(vm, libc::EAI_NONAME)),
    }
}

fn sock_gethostname(vm: &mut Vm, a: Args) -> PyResult {
    a.exact("gethostname", 0)?;
    let mut buf = [0u8; 256];
    // SAFETY: `buf` is writable for its length.
    if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } != 0 {
        return Err(last_os_error(vm));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(Value::new_str(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

fn sock_inet_aton(_vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("inet_aton", 1)?;
    let s = p[0].as_str().ok_or_else(|| {
        type_error(format!(
            "inet_aton() argument 1 must be str, not {}",
            p[0].type_name()
        ))
    })?;
    let c = cstring(s)?;
    let mut addr = libc::in_addr { s_addr: 0 };
    // SAFETY: `c` is NUL-terminated and `addr` writable. (inet_aton accepts the classic
    // short forms, "127.1", as CPython does.)
    if unsafe { inet_aton(c.as_ptr(), &mut addr) } == 0 {
        return Err(PyErr::new(
            &types().exc.os_error,
            "illegal IP address string passed to inet_aton",
        ));
    }
    Ok(Value::new_bytes(addr.s_addr.to_ne_bytes().to_vec()))
}

extern "C" {
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

fn sock_inet_ntoa(_vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("inet_ntoa", 1)?;
    let b = bytes_arg(&p[0])?;
    let Ok(octets) = <[u8; 4]>::try_from(b.as_slice()) else {
        return Err(PyErr::new(
            &types().exc.os_error,
            "packed IP wrong length for inet_ntoa",
        ));
    };
    Ok(Value::new_str(std::net::Ipv4Addr::from(octets).to_string()))
}

fn sock_inet_pton(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("inet_pton", 2)?;
    let family = int_arg(vm, &p[0])?;
    let s = host_arg(&p[1])?;
    let bad = || {
        PyErr::new(
            &types().exc.os_error,
            "illegal IP address string passed to inet_pton",
        )
    };
    match family {
        libc::AF_INET => Ok(Value::new_bytes(
            s.parse::<std::net::Ipv4Addr>()
                .map_err(|_| bad())?
                .octets()
                .to_vec(),
        )),
        libc::AF_INET6 => Ok(Value::new_bytes(
            s.parse::<std::net::Ipv6Addr>()
                .map_err(|_| bad())?
                .octets()
                .to_vec(),
        )),
        _ => Err(errno_error(vm, libc::EAFNOSUPPORT)),
    }
}

fn sock_inet_ntop(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("inet_ntop", 2)?;
    let family = int_arg(vm, &p[0])?;
    let b = bytes_arg(&p[1])?;
    let bad = || value_error("invalid length of packed IP address string");
    match family {
        libc::AF_INET => {
            let o = <[u8; 4]>::try_from(b.as_slice()).map_err(|_| bad())?;
            Ok(Value::new_str(std::net::Ipv4Addr::from(o).to_string()))
        }
        libc::AF_INET6 => {
            let o = <[u8; 16]>::try_from(b.as_slice()).map_err(|_| bad())?;
            Ok(Value::new_str(std::net::Ipv6Addr::from(o).to_string()))
        }
        _ => Err(value_error("unknown address family")),
    }
}

// ---- descriptor operations ----

/// `_socket._socket(family, type, proto)`: a new non-inheritable socket descriptor.
fn sock_socket(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_socket", 3)?;
    let family = int_arg(vm, &p[0])?;
    let ty = int_arg(vm, &p[1])?;
    let proto = int_arg(vm, &p[2])?;
    // SAFETY: socket takes plain ints.
    let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::Int(fd.into()))
}

/// `_socket._socketpair(family, type, proto)`: two connected descriptors.
fn sock_socketpair(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_socketpair", 3)?;
    let family = int_arg(vm, &p[0])?;
    let ty = int_arg(vm, &p[1])?;
    let proto = int_arg(vm, &p[2])?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::new_tuple(vec![
        Value::Int(fds[0].into()),
        Value::Int(fds[1].into()),
    ]))
}

/// `_bind(fd, family, address)`.
fn sock_bind(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_bind", 3)?;
    let fd = fd_arg(vm, &p[0])?;
    let family = int_arg(vm, &p[1])?;
    let sa = to_sockaddr(vm, family, &p[2], "bind")?;
    // SAFETY: `sa` holds a valid address of `sa.len` bytes.
    if unsafe { libc::bind(fd, sa.as_ptr(), sa.len) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `_listen(fd, backlog)`.
fn sock_listen(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_listen", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let backlog = int_arg(vm, &p[1])?.max(0);
    // SAFETY: listen takes plain ints.
    if unsafe { libc::listen(fd, backlog) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `_accept(fd, timeout)`: (new descriptor, address).
fn sock_accept(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_accept", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let timeout = timeout_arg(vm, &p[1])?;
    let deadline = deadline_of(timeout)?;
    let mut sa = SockAddr::empty();
    let base = sa.len;
    let sa_ptr = sa.as_mut_ptr() as usize;
    let mut len = base;
    let len_ptr = &mut len as *mut libc::socklen_t as usize;
    let new = sock_call(vm, fd, libc::POLLIN, timeout, true, deadline, || {
        // SAFETY: `sa_ptr`/`len_ptr` point at `sa` and `len`, which outlive the call.
        unsafe {
            *(len_ptr as *mut libc::socklen_t) = base;
            libc::accept4(
                fd,
                sa_ptr as *mut libc::sockaddr,
                len_ptr as *mut libc::socklen_t,
                libc::SOCK_CLOEXEC,
            ) as isize
        }
    })?;
    sa.len = len;
    Ok(Value::new_tuple(vec![
        Value::Int(new as i64),
        from_sockaddr(&sa),
    ]))
}

/// The pending error of a socket (SO_ERROR).
fn so_error(fd: libc::c_int) -> i32 {
    let mut err: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `err` and `len` are valid for writes of the sizes given.
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            (&mut err as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if r != 0 {
        errno()
    } else {
        err
    }
}

/// `_connect(fd, family, address, timeout, raise)`: the errno (0 on success) if `raise` is
/// false (`connect_ex`), else raises.
fn sock_connect(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_connect", 5)?;
    let fd = fd_arg(vm, &p[0])?;
    let family = int_arg(vm, &p[1])?;
    let timeout = timeout_arg(vm, &p[3])?;
    let raise = vm.truthy(&p[4])?;
    let caller = if raise { "connect" } else { "connect_ex" };
    let sa = to_sockaddr(vm, family, &p[2], caller)?;
    let deadline = deadline_of(timeout)?;
    // SAFETY: `sa` holds a valid address of `sa.len` bytes.
    let r = vm.allow_threads(|| {
        if unsafe { libc::connect(fd, sa.as_ptr(), sa.len) } == 0 {
            0
        } else {
            errno()
        }
    });
    let mut err = r;
    if err == libc::EINTR {
        pyrite_vm::signals::check_signals(vm)?;
    }
    // The connection goes on in the background: wait for it (CPython's internal_connect).
    if (err == libc::EINTR || err == libc::EINPROGRESS) && timeout != Some(0.0) {
        err = if wait_fd(vm, fd, libc::POLLOUT, deadline)? {
            so_error(fd)
        } else if raise {
            return Err(timeout_error());
        } else {
            libc::EWOULDBLOCK
        };
    }
    if err != 0 && raise {
        return Err(errno_error(vm, err));
    }
    Ok(Value::Int(err.into()))
}

/// `_recv(fd, bufsize, flags, timeout)`.
fn sock_recv(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_recv", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let n = vm.to_i64(&p[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    let flags = int_arg(vm, &p[2])?;
    let timeout = timeout_arg(vm, &p[3])?;
    let deadline = deadline_of(timeout)?;
    let mut buf = vec![0u8; n as usize];
    let (ptr, len) = (buf.as_mut_ptr() as usize, buf.len());
    let got = sock_call(vm, fd, libc::POLLIN, timeout, false, deadline, || {
        // SAFETY: `ptr` is `buf`, writable for `len` bytes and alive during the call.
        unsafe {
            libc::recv(
                fd,
                ptr as *mut libc::c_void,
                len,
                flags | libc::MSG_DONTWAIT,
            )
        }
    })?;
    buf.truncate(got);
    Ok(Value::new_bytes(buf))
}

/// `_recvfrom(fd, bufsize, flags, timeout)`: (bytes, address).
fn sock_recvfrom(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_recvfrom", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let n = vm.to_i64(&p[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in recvfrom"));
    }
    let flags = int_arg(vm, &p[2])?;
    let timeout = timeout_arg(vm, &p[3])?;
    let deadline = deadline_of(timeout)?;
    let mut buf = vec![0u8; n as usize];
    let (ptr, len) = (buf.as_mut_ptr() as usize, buf.len());
    let mut sa = SockAddr::empty();
    let base = sa.len;
    let sa_ptr = sa.as_mut_ptr() as usize;
    let mut alen = base;
    let alen_ptr = &mut alen as *mut libc::socklen_t as usize;
    let got = sock_call(vm, fd, libc::POLLIN, timeout, false, deadline, || {
        // SAFETY: the pointers are `buf`, `sa` and `alen`, alive during the call.
        unsafe {
            *(alen_ptr as *mut libc::socklen_t) = base;
            libc::recvfrom(
                fd,
                ptr as *mut libc::c_void,
                len,
                flags | libc::MSG_DONTWAIT,
                sa_ptr as *mut libc::sockaddr,
                alen_ptr as *mut libc::socklen_t,
            )
        }
    })?;
    sa.len = alen;
    buf.truncate(got);
    Ok(Value::new_tuple(vec![
        Value::new_bytes(buf),
        from_sockaddr(&sa),
    ]))
}

/// Send `data` once (MSG_NOSIGNAL: a closed peer is EPIPE, never SIGPIPE).
fn send_once(
    vm: &mut Vm,
    fd: libc::c_int,
    data: &[u8],
    flags: libc::c_int,
    timeout: Option<f64>,
    deadline: Option<Instant>,
    to: Option<&SockAddr>,
) -> PyResult<usize> {
    let (ptr, len) = (data.as_ptr() as usize, data.len());
    let (to_ptr, to_len) = to.map_or((0usize, 0), |s| (s.as_ptr() as usize, s.len));
    sock_call(vm, fd, libc::POLLOUT, timeout, false, deadline, || {
        let flags = flags | libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL;
        // SAFETY: `ptr` is `data` (readable for `len` bytes) and `to_ptr`, when set, an
        // address of `to_len` bytes; both outlive the call.
        unsafe {
            if to_ptr == 0 {
                libc::send(fd, ptr as *const libc::c_void, len, flags)
            } else {
                libc::sendto(
                    fd,
                    ptr as *const libc::c_void,
                    len,
                    flags,
                    to_ptr as *const libc::sockaddr,
                    to_len,
                )
            }
        }
    })
}

/// `_send(fd, data, flags, timeout)`: bytes sent.
fn sock_send(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_send", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let data = bytes_arg(&p[1])?;
    let flags = int_arg(vm, &p[2])?;
    let timeout = timeout_arg(vm, &p[3])?;
    let deadline = deadline_of(timeout)?;
    let n = send_once(vm, fd, &data, flags, timeout, deadline, None)?;
    Ok(Value::Int(n as i64))
}

/// `_sendall(fd, data, flags, timeout)`: the timeout bounds the whole send, as in CPython.
fn sock_sendall(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_sendall", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let data = bytes_arg(&p[1])?;
    let flags = int_arg(vm, &p[2])?;
    let timeout = timeout_arg(vm, &p[3])?;
    let deadline = deadline_of(timeout)?;
    let mut off = 0;
    while off < data.len() {
        off += send_once(vm, fd, &data[off..], flags, timeout, deadline, None)?;
        pyrite_vm::signals::check_signals(vm)?;
    }
    Ok(Value::none())
}

/// `_sendto(fd, data, flags, family, address, timeout)`.
fn sock_sendto(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_sendto", 6)?;
    let fd = fd_arg(vm, &p[0])?;
    let data = bytes_arg(&p[1])?;
    let flags = int_arg(vm, &p[2])?;
    let family = int_arg(vm, &p[3])?;
    let to = to_sockaddr(vm, family, &p[4], "sendto")?;
    let timeout = timeout_arg(vm, &p[5])?;
    let deadline = deadline_of(timeout)?;
    let n = send_once(vm, fd, &data, flags, timeout, deadline, Some(&to))?;
    Ok(Value::Int(n as i64))
}

fn sock_shutdown(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_shutdown", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let how = int_arg(vm, &p[1])?;
    // SAFETY: shutdown takes plain ints.
    if unsafe { libc::shutdown(fd, how) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `_close(fd)`: ECONNRESET is ignored, as in CPython (the peer reset; the fd is closed).
fn sock_close(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_close", 1)?;
    let fd = fd_arg(vm, &p[0])?;
    // SAFETY: closing a descriptor number has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 && errno() != libc::ECONNRESET {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

fn sock_name(vm: &mut Vm, a: Args, peer: bool) -> PyResult {
    let p = a.exact(if peer { "_getpeername" } else { "_getsockname" }, 1)?;
    let fd = fd_arg(vm, &p[0])?;
    let mut sa = SockAddr::empty();
    // SAFETY: `sa` is writable for `sa.len` bytes, and `sa.len` is updated in place.
    let r = unsafe {
        if peer {
            libc::getpeername(fd, sa.as_mut_ptr(), &mut sa.len)
        } else {
            libc::getsockname(fd, sa.as_mut_ptr(), &mut sa.len)
        }
    };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    // An unnamed AF_UNIX socket has only the family: its name is "".
    if i32::from(sa.storage.ss_family) == libc::AF_UNIX
        && sa.len as usize <= std::mem::size_of::<libc::sa_family_t>()
    {
        return Ok(Value::new_str(""));
    }
    Ok(from_sockaddr(&sa))
}

/// `_setsockopt(fd, level, option, value)`: an int or a bytes-like buffer.
fn sock_setsockopt(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_setsockopt", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let level = int_arg(vm, &p[1])?;
    let opt = int_arg(vm, &p[2])?;
    let buf: Vec<u8> = match pyrite_vm::types::bytes::bytes_of(&p[3]) {
        Some(b) => b,
        None => int_arg(vm, &p[3])?.to_ne_bytes().to_vec(),
    };
    // SAFETY: `buf` is readable for its length.
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            buf.as_ptr().cast(),
            buf.len() as libc::socklen_t,
        )
    };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `_getsockopt(fd, level, option, buflen)`: an int for buflen 0, else bytes.
fn sock_getsockopt(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_getsockopt", 4)?;
    let fd = fd_arg(vm, &p[0])?;
    let level = int_arg(vm, &p[1])?;
    let opt = int_arg(vm, &p[2])?;
    let buflen = vm.to_i64(&p[3])?;
    if !(0..=1024).contains(&buflen) {
        return Err(PyErr::new(
            &types().exc.os_error,
            "getsockopt buflen out of range",
        ));
    }
    let as_int = buflen == 0;
    let mut buf = vec![0u8; if as_int { 4 } else { buflen as usize }];
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: `buf` is writable for `len` bytes.
    let r = unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    if as_int {
        let mut b = [0u8; 4];
        b.copy_from_slice(&buf[..4]);
        return Ok(Value::Int(i32::from_ne_bytes(b).into()));
    }
    buf.truncate(len as usize);
    Ok(Value::new_bytes(buf))
}

/// `_setblocking(fd, blocking)`: clear or set O_NONBLOCK.
fn sock_setblocking(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("_setblocking", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let blocking = vm.truthy(&p[1])?;
    // SAFETY: F_GETFL/F_SETFL take an int argument only.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_os_error(vm));
    }
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, new) } < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

fn swap16(vm: &mut Vm, a: Args, name: &str) -> PyResult {
    let p = a.exact(name, 1)?;
    let n = vm.to_i64(&p[0])?;
    let v = u16::try_from(n).map_err(|_| {
        overflow_error(format!(
            "{name}: Python int too large to convert to C 16-bit unsigned integer"
        ))
    })?;
    Ok(Value::Int(v.swap_bytes().into()))
}

fn swap32(vm: &mut Vm, a: Args, name: &str) -> PyResult {
    let p = a.exact(name, 1)?;
    let n = vm.to_i64(&p[0])?;
    let v = u32::try_from(n).map_err(|_| overflow_error("int larger than 32 bits"))?;
    Ok(Value::Int(v.swap_bytes().into()))
}

/// Make the `gaierror`/`herror` classes (OSError subclasses in module `socket`).
fn make_error_class(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let ns = pyrite_vm::error::new_dict_object();
    vm.dict_set(&ns, Value::new_str("__module__"), Value::new_str("socket"))?;
    let cls = vm.call_positional(
        &Value::Obj(types().type_.clone()),
        &[
            Value::new_str(name),
            Value::new_tuple(vec![Value::Obj(types().exc.os_error.clone())]),
            Value::Obj(ns),
        ],
    )?;
    cls.as_obj()
        .cloned()
        .ok_or_else(|| type_error("type() did not return a class"))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_socket");
    let fns: &[(&'static str, NativeFn)] = &[
        ("_socket", sock_socket),
        ("_socketpair", sock_socketpair),
        ("_bind", sock_bind),
        ("_listen", sock_listen),
        ("_accept", sock_accept),
        ("_connect", sock_connect),
        ("_recv", sock_recv),
        ("_recvfrom", sock_recvfrom),
        ("_send", sock_send),
        ("_sendall", sock_sendall),
        ("_sendto", sock_sendto),
        ("_shutdown", sock_shutdown),
        ("_close", sock_close),
        ("_getsockname", |vm, a| sock_name(vm, a, false)),
        ("_getpeername", |vm, a| sock_name(vm, a, true)),
        ("_setsockopt", sock_setsockopt),
        ("_getsockopt", sock_getsockopt),
        ("_setblocking", sock_setblocking),
        ("getaddrinfo", sock_getaddrinfo),
        ("gethostbyname", sock_gethostbyname),
        ("gethostname", sock_gethostname),
        ("inet_aton", sock_inet_aton),
        ("inet_ntoa", sock_inet_ntoa),
        ("inet_pton", sock_inet_pton),
        ("inet_ntop", sock_inet_ntop),
        ("htons", |vm, a| swap16(vm, a, "htons")),
        ("ntohs", |vm, a| swap16(vm, a, "ntohs")),
        ("htonl", |vm, a| swap32(vm, a, "htonl")),
        ("ntohl", |vm, a| swap32(vm, a, "ntohl")),
    ];
    add_functions(&m, fns);
    let consts: &[(&str, libc::c_int)] = &[
        ("AF_UNSPEC", libc::AF_UNSPEC),
        ("AF_INET", libc::AF_INET),
        ("AF_INET6", libc::AF_INET6),
        ("AF_UNIX", libc::AF_UNIX),
        ("SOCK_STREAM", libc::SOCK_STREAM),
        ("SOCK_DGRAM", libc::SOCK_DGRAM),
        ("SOCK_RAW", libc::SOCK_RAW),
        ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
        ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
        ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
        ("SOL_SOCKET", libc::SOL_SOCKET),
        ("SO_REUSEADDR", libc::SO_REUSEADDR),
        ("SO_REUSEPORT", libc::SO_REUSEPORT),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
        ("SO_BROADCAST", libc::SO_BROADCAST),
        ("SO_LINGER", libc::SO_LINGER),
        ("SO_SNDBUF", libc::SO_SNDBUF),
        ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_ERROR", libc::SO_ERROR),
        ("SO_TYPE", libc::SO_TYPE),
        ("SO_DOMAIN", libc::SO_DOMAIN),
        ("SO_PROTOCOL", libc::SO_PROTOCOL),
        ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
        ("SOMAXCONN", libc::SOMAXCONN),
        ("IPPROTO_IP", libc::IPPROTO_IP),
        ("IPPROTO_TCP", libc::IPPROTO_TCP),
        ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
        ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
        ("TCP_NODELAY", libc::TCP_NODELAY),
        ("SHUT_RD", libc::SHUT_RD),
        ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR),
        ("MSG_PEEK", libc::MSG_PEEK),
        ("MSG_WAITALL", libc::MSG_WAITALL),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
        ("MSG_OOB", libc::MSG_OOB),
        ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
        ("AI_PASSIVE", libc::AI_PASSIVE),
        ("AI_CANONNAME", libc::AI_CANONNAME),
        ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
        ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
        ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
        ("EAI_NONAME", libc::EAI_NONAME),
        ("EAI_AGAIN", libc::EAI_AGAIN),
        ("EAI_FAIL", libc::EAI_FAIL),
        ("EAI_FAMILY", libc::EAI_FAMILY),
        ("EAI_SERVICE", libc::EAI_SERVICE),
        ("INADDR_ANY", libc::INADDR_ANY as libc::c_int),
        ("INADDR_LOOPBACK", libc::INADDR_LOOPBACK as libc::c_int),
    ];
    for (n, v) in consts {
        set_attr_str(&m, n, Value::Int((*v).into()));
    }
    set_attr_str(&m, "has_ipv6", Value::bool(true));
    let gai = match GAIERROR.get() {
        Some(c) => c.clone(),
        None => {
            let c = make_error_class(vm, "gaierror")?;
            GAIERROR.get_or_init(|| c).clone()
        }
    };
    set_attr_str(&m, "gaierror", Value::Obj(gai));
    let herror = make_error_class(vm, "herror")?;
    set_attr_str(&m, "herror", Value::Obj(herror));
    Ok(m)
}
