"""Pyrite's socket module: BSD sockets, a subset of CPython's interface.

The `socket` class below is plain Python over the descriptor-level calls of the native
`_socket` module, and that module drops the GIL for every call that may block. As in
CPython, the timeout picks one of three modes: None blocks, 0.0 never waits (a call
that would wait raises BlockingIOError), and a positive number waits at most that many
seconds before raising TimeoutError (also reachable as socket.timeout).

Besides the class there are socketpair, fromfd, create_connection, create_server,
has_dualstack_ipv6, a getaddrinfo whose entries carry enum members, and the default
timeout for new sockets. Name lookups, the inet_* address conversions and the
byte-order helpers are re-exported from _socket unchanged.
"""

import _socket
from _socket import *
import os
from enum import IntEnum, IntFlag

# Group the integer constants into enums; each constant becomes the enum's member.
for _enum_name, _enum_base, _prefix in (
    ("AddressFamily", IntEnum, "AF_"),
    ("SocketKind", IntEnum, "SOCK_"),
    ("MsgFlag", IntFlag, "MSG_"),
    ("AddressInfo", IntFlag, "AI_"),
):
    _enum_base._convert_(
        _enum_name, __name__,
        lambda key, prefix=_prefix: key.startswith(prefix) and key.isupper())
del _enum_name, _enum_base, _prefix

error = OSError
timeout = TimeoutError

# Sentinel for "timeout not given": None already means "block forever".
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _as_enum(number, enum_cls):
    """The member of enum_cls equal to number, or number itself when none is."""
    try:
        return enum_cls(number)
    except ValueError:
        return number


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    value = float(value)
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    if value * 1e9 >= 9223372036854775807.0:
        raise OverflowError("timestamp out of range for platform time_t")
    return value


def getdefaulttimeout():
    """Return the default timeout in seconds (float) for new socket objects; None
    means no timeout."""
    return _default_timeout


def setdefaulttimeout(timeout):
    """Set the default timeout in seconds (float) for new socket objects; None means
    no timeout (blocking sockets)."""
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


class socket:
    """A socket object: family, type and protocol, over an OS descriptor."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # -1 stands for "not given" in each of the first three arguments.
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
            fd = _socket._socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            fd = fileno
            # An adopted descriptor: ask the kernel for what the caller left out.
            family, type, proto = (
                _socket._getsockopt(fd, SOL_SOCKET, opt, 0) if given == -1 else given
                for given, opt in ((family, SO_DOMAIN), (type, SO_TYPE),
                                   (proto, SO_PROTOCOL)))
        self._fd = fd
        self._family = int(family)
        # The creation flags are not part of the type the socket reports.
        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._closed = False
        self._timeout = None
        if _default_timeout is not None:
            self.settimeout(_default_timeout)

    # -- attributes --

    @property
    def family(self):
        """The address family (an AddressFamily member when one matches)."""
        return _as_enum(self._family, AddressFamily)

    @property
    def type(self):
        """The socket type (a SocketKind member when one matches)."""
        return _as_enum(self._type, SocketKind)

    @property
    def proto(self):
        """The socket protocol."""
        return self._proto

    @property
    def timeout(self):
        """The timeout in seconds (float), None for a blocking socket."""
        return self._timeout

    def fileno(self):
        """Return the integer file descriptor of the socket (-1 once closed)."""
        return self._fd

    def __repr__(self):
        cls = self.__class__
        state = " [closed]" if self._closed else ""
        text = (f"<{cls.__module__}.{cls.__qualname__}{state} fd={self._fd}, "
                f"family={self.family!s}, type={self.type!s}, proto={self.proto}")
        if not self._closed:
            # Unbound or unconnected sockets simply leave the address out.
            for label, lookup in (("laddr", self.getsockname),
                                  ("raddr", self.getpeername)):
                try:
                    where = lookup()
                except OSError:
                    continue
                if where:
                    text += f", {label}={where}"
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    # -- timeouts --

    def settimeout(self, value):
        """Set a timeout on socket operations: a float (seconds), 0.0 for non-blocking
        mode, or None for blocking mode."""
        value = _check_timeout(value)
        _socket._setblocking(self._fd, value is None)
        self._timeout = value

    def gettimeout(self):
        """Return the timeout in seconds (float), None if there is none."""
        return self._timeout

    def setblocking(self, flag):
        """setblocking(True) is settimeout(None); setblocking(False) is
        settimeout(0.0)."""
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        """True if the socket is in blocking mode (has no zero timeout)."""
        return self._timeout != 0.0

    # -- connections --

    def bind(self, address):
        """Bind the socket to a local address."""
        _socket._bind(self._fd, self._family, address)

    def listen(self, backlog=None):
        """Enable a server to accept connections (backlog: queue length)."""
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket._listen(self._fd, backlog)

    def _accept(self):
        return _socket._accept(self._fd, self._timeout)

    def accept(self):
        """Wait for an incoming connection: (new socket, address of the peer)."""
        fd, peer = self._accept()
        conn = socket(self._family, self._type, self._proto, fileno=fd)
        # A listener with a timeout works non-blocking underneath; with no default
        # timeout, the new connection must be a plain blocking socket.
        if _default_timeout is None and self._timeout:
            conn.setblocking(True)
        return conn, peer

    def connect(self, address):
        """Connect the socket to a remote address."""
        _socket._connect(self._fd, self._family, address, self._timeout, True)

    def connect_ex(self, address):
        """Like connect(address), but return an errno code (0 for success) instead of
        raising."""
        return _socket._connect(self._fd, self._family, address, self._timeout, False)

    def getsockname(self):
        """The socket's own address."""
        return _socket._getsockname(self._fd)

    def getpeername(self):
        """The address of the remote endpoint."""
        return _socket._getpeername(self._fd)

    def shutdown(self, how):
        """Shut down the reading side (SHUT_RD), writing side (SHUT_WR) or both
        (SHUT_RDWR)."""
        _socket._shutdown(self._fd, how)

    # -- data --

    def send(self, data, flags=0):
        """Send data; return the number of bytes sent (possibly fewer than given)."""
        return _socket._send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        """Send all of data (the timeout, if any, bounds the whole send)."""
        _socket._sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        """sendto(data[, flags], address): send to an address; the bytes sent."""
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket._sendto(self._fd, data, flags, self._family, addr,
                               self._timeout)

    def recv(self, bufsize, flags=0):
        """Receive up to bufsize bytes; b'' when the peer has closed the connection."""
        return _socket._recv(self._fd, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        """Receive up to bufsize bytes: (data, address of the sender)."""
        return _socket._recvfrom(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        """Receive up to nbytes bytes (default: len(buffer)) into buffer; the number
        of bytes received."""
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """Like recv_into(), returning (nbytes, address)."""
        if nbytes < 0:
            raise ValueError("negative buffersize in recvfrom_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("nbytes is greater than the length of the buffer")
        data, addr = self.recvfrom(nbytes, flags)
        buffer[:len(data)] = data
        return len(data), addr

    # -- options --

    def setsockopt(self, level, option, value, optlen=None):
        """Set a socket option: an int, or a bytes-like buffer."""
        if optlen is not None:
            if value is not None:
                raise TypeError("setsockopt() takes 3 or 4 arguments with "
                                "value None only when optlen is given")
            value = bytes(optlen)
        _socket._setsockopt(self._fd, level, option, value)

    def getsockopt(self, level, option, buflen=0):
        """Get a socket option: an int, or bytes when buflen is given."""
        return _socket._getsockopt(self._fd, level, option, buflen)

    # -- life cycle --

    def dup(self):
        """A new socket object over a duplicate of the descriptor."""
        twin = self.__class__(self._family, self._type, self._proto,
                              fileno=os.dup(self._fd))
        twin.settimeout(self._timeout)
        return twin

    def close(self):
        """Close the socket (a closed socket's operations raise OSError)."""
        if self._closed:
            return
        fd = self._fd
        self._closed = True
        self._fd = -1
        _socket._close(fd)

    def detach(self):
        """Close the socket object without closing the descriptor; return it."""
        fd = self._fd
        self._closed = True
        self._fd = -1
        return fd


SocketType = socket


def fromfd(fd, family, type, proto=0):
    """A socket object over a duplicate of descriptor fd (fd itself stays open)."""
    return socket(family, type, proto, os.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected socket objects (family AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return (socket(family, type, proto, a), socket(family, type, proto, b))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Open a TCP connection to address, a (host, port) pair, and return its socket.

    Each address the host resolves to is tried in turn. A given timeout is set before
    connecting; source_address, if any, is bound first. If every attempt fails, the
    last attempt's error is raised, or with all_errors an ExceptionGroup of all of them.
    """
    host, port = address
    failures = []
    for family, kind, proto, _name, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        conn = None
        try:
            conn = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                conn.settimeout(timeout)
            if source_address:
                conn.bind(source_address)
            conn.connect(target)
        except OSError as exc:
            if conn is not None:
                conn.close()
            failures.append(exc)
        else:
            return conn
    if not failures:
        raise OSError("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failures)
        raise failures[-1]
    finally:
        # The traceback refers to this frame: drop the list so it holds no error.
        failures = None


def has_dualstack_ipv6():
    """True if one AF_INET6 socket can serve IPv4 and IPv6 clients alike."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            # Dual stack means the kernel lets us clear IPV6_V6ONLY.
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, False)
    except OSError:
        return False
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address, with SO_REUSEADDR set.

    reuse_port sets SO_REUSEPORT as well; dualstack_ipv6 (family AF_INET6 only) makes
    the socket accept IPv4 connections too. backlog is passed to listen().
    """
    if reuse_port and "SO_REUSEPORT" not in globals():
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and not has_dualstack_ipv6():
        raise ValueError("dualstack_ipv6 not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    server = socket(family, SOCK_STREAM)
    try:
        # Let a restarted server take its port back while old connections linger
        # in TIME_WAIT; a platform that refuses the option still gets a server.
        try:
            server.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)
        except OSError:
            pass
        if reuse_port:
            server.setsockopt(SOL_SOCKET, SO_REUSEPORT, True)
        if family == AF_INET6:
            # Without dual stack, an IPv6 server stays IPv6-only on every platform.
            server.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, not dualstack_ipv6)
        try:
            server.bind(address)
        except OSError as exc:
            # Same errno, with the address named in the message.
            raise OSError(exc.errno, f"{exc.strerror} (while attempting to bind "
                                     f"on address {address!r})") from None
        server.listen(backlog)
    except BaseException:
        server.close()
        raise
    return server


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto, canonname,
    sockaddr) entries, family and type as enum members where one matches."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), *rest)
            for af, kind, *rest in _socket.getaddrinfo(host, port, family, type,
                                                       proto, flags)]
