"""Low-level networking interface (a subset of CPython's socket module).

The socket class is written here over the descriptor-level functions of the native
_socket module; every call that can block runs there with the GIL released. A socket has
CPython's three modes: blocking (timeout None), non-blocking (timeout 0.0: operations
that would block raise BlockingIOError) and timeout mode (they raise TimeoutError, alias
socket.timeout, after the timeout).

Functions:

socket() -- create a new socket object
socketpair() -- create a pair of new socket objects
create_connection() -- connect to an address, trying each address getaddrinfo returns
create_server() -- a listening TCP socket bound to an address
fromfd() -- create a socket object from an open file descriptor
gethostname() -- return the current hostname
gethostbyname() -- map a hostname to its IP number
getaddrinfo() -- resolve a host and port into address info entries
inet_aton(), inet_ntoa(), inet_pton(), inet_ntop() -- IP address conversions
getdefaulttimeout(), setdefaulttimeout() -- the timeout of new sockets
"""

import _socket
from _socket import *
import os
from enum import IntEnum, IntFlag

IntEnum._convert_(
    'AddressFamily', __name__,
    lambda C: C.isupper() and C.startswith('AF_'))

IntEnum._convert_(
    'SocketKind', __name__,
    lambda C: C.isupper() and C.startswith('SOCK_'))

IntFlag._convert_(
    'MsgFlag', __name__,
    lambda C: C.isupper() and C.startswith('MSG_'))

IntFlag._convert_(
    'AddressInfo', __name__,
    lambda C: C.isupper() and C.startswith('AI_'))

error = OSError
timeout = TimeoutError

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _intenum_converter(value, enum_klass):
    """Convert a numeric family value to an IntEnum member; return it unchanged if it
    has no member."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


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
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket._socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            fd = fileno
            if family == -1:
                family = _socket._getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0)
            if type == -1:
                type = _socket._getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _socket._getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._closed = False
        self._timeout = None
        if _default_timeout is not None:
            self.settimeout(_default_timeout)

    # -- attributes --

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(self._type, SocketKind)

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
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self._fd,
            self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
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
        fd, addr = self._accept()
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

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
        fd = os.dup(self._fd)
        sock = self.__class__(self._family, self._type, self._proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

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
    """Create a socket object from a duplicate of the given file descriptor."""
    nfd = os.dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected socket objects (family AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return (socket(family, type, proto, a), socket(family, type, proto, b))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to address (a (host, port) pair), trying each address getaddrinfo()
    returns, and return the socket; timeout is set before connecting. When no address
    works, raise the last error (all_errors: an ExceptionGroup of them all)."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """True if an AF_INET6 socket can accept both IPv4 and IPv6 connections."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A SOCK_STREAM socket bound to address and listening (SO_REUSEADDR set)."""
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto, canonname,
    sockaddr) entries (family and type as enum members)."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
