# The socket module in one thread: constants, socket objects and their repr, TCP over
# 127.0.0.1 (port 0), UDP, AF_UNIX, options, timeouts and non-blocking mode, name
# resolution, address conversions, and CPython's errors.
import os
import socket


def mask_digits(text, after, mask):
    # Replace the number that follows each `after` in text by `mask`.
    parts = text.split(after)
    out = [parts[0]]
    for p in parts[1:]:
        i = 0
        while i < len(p) and p[i].isdigit():
            i += 1
        out.append(mask + p[i:] if i else p)
    return after.join(out)


def show_repr(s):
    # Descriptor numbers and ports depend on the run: mask them.
    return mask_digits(mask_digits(repr(s), "fd=", "N"), "', ", "PORT")


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


print("constants", socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM,
      socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP,
      socket.TCP_NODELAY, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print("enums", repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AddressFamily.AF_UNIX.name)
print("aliases", socket.error is OSError, socket.timeout is TimeoutError)
print("gaierror", [c.__name__ for c in socket.gaierror.__mro__], socket.gaierror.__module__)
print("herror", issubclass(socket.herror, OSError))

# A fresh TCP socket.
s = socket.socket()
print("attrs", s.family, repr(s.family), s.type, repr(s.type), s.proto, s.timeout)
print(show_repr(s))
print("isinstance", isinstance(s, socket.socket), isinstance(s, socket.SocketType))
s.close()
print(show_repr(s), s.fileno())
s.close()  # closing twice is fine
attempt("recv on closed", lambda: s.recv(1))

# TCP: server and client in one thread (the connection completes into the backlog).
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("bound", host, isinstance(port, int) and 0 < port < 65536)
print(show_repr(srv))
cli = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print("accepted", addr[0], addr == cli.getsockname(), conn.getpeername() == cli.getsockname())
print("conn attrs", conn.family, conn.type, conn.gettimeout())
print(show_repr(conn))
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("TCP_NODELAY", cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print("send", cli.send(b"hello"))
print("recv", conn.recv(1024))
cli.sendall(b"x" * 100000)
got = b""
while len(got) < 100000:
    got += conn.recv(65536)
print("sendall", len(got), got == b"x" * 100000)
buf = bytearray(10)
cli.sendall(b"abc")
print("recv_into", conn.recv_into(buf), buf)
cli.shutdown(socket.SHUT_WR)
print("after shutdown", conn.recv(10))
conn.sendall(b"bye")
print("half-open", cli.recv(10))
conn.close()
print("peer closed", cli.recv(10))
cli.close()

# Timeouts and non-blocking mode on a socketpair.
a, b = socket.socketpair()
print("socketpair", a.family, a.type, repr(a.getsockname()), show_repr(a))
a.settimeout(0.05)
print("timeout", a.gettimeout(), a.timeout, a.getblocking())
attempt("recv timeout", lambda: a.recv(10))
try:
    a.recv(10)
except socket.timeout as e:
    print("socket.timeout", e.args, e.errno)
a.setblocking(False)
print("nonblocking", a.gettimeout(), a.getblocking())
attempt("recv nonblocking", lambda: a.recv(10))
a.setblocking(True)
print("blocking", a.gettimeout(), a.getblocking())
b.sendall(b"ping")
print("recv blocking", a.recv(10))
attempt("settimeout(-1)", lambda: a.settimeout(-1))
attempt("recv(-1)", lambda: a.recv(-1))
with a, b:
    pass
print("closed by with", a.fileno(), b.fileno())

# Default timeout for new sockets.
socket.setdefaulttimeout(2.5)
with socket.socket() as t:
    print("default timeout", socket.getdefaulttimeout(), t.gettimeout())
socket.setdefaulttimeout(None)
print("default timeout", socket.getdefaulttimeout())

# UDP.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
print("sendto", u2.sendto(b"datagram", u1.getsockname()))
data, frm = u1.recvfrom(100)
print("recvfrom", data, frm == u2.getsockname())
u1.sendto(b"reply", 0, frm)
print("reply", u2.recv(100))
buf = bytearray(4)
u2.sendto(b"abcdef", u1.getsockname())
n, frm = u1.recvfrom_into(buf)
print("recvfrom_into", n, buf)
u1.close()
u2.close()

# AF_UNIX with a path.
path = "_tmp_socket_basic.sock"
if os.path.exists(path):
    os.remove(path)
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as us:
    us.bind(path)
    us.listen(1)
    print("unix name", us.getsockname())
    with socket.socket(socket.AF_UNIX) as uc:
        uc.connect(path)
        c2, addr = us.accept()
        print("unix accept", repr(addr), uc.getpeername())
        uc.sendall(b"over unix")
        print("unix recv", c2.recv(100))
        c2.close()
os.remove(path)
attempt("unix connect missing", lambda: socket.socket(socket.AF_UNIX).connect(path))

# A refused connection: a port that was just in use and is now closed.
tmp = socket.socket()
tmp.bind(("127.0.0.1", 0))
free_port = tmp.getsockname()[1]
tmp.close()
c = socket.socket()
attempt("connect refused", lambda: c.connect(("127.0.0.1", free_port)))
c.close()
c = socket.socket()
print("connect_ex", c.connect_ex(("127.0.0.1", free_port)))
c.close()

# create_server.
with socket.create_server(("127.0.0.1", 0)) as server:
    print("create_server", server.family, server.type,
          server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    with socket.create_connection(server.getsockname(), timeout=5) as client:
        print("client timeout", client.gettimeout())
        peer, _ = server.accept()
        client.sendall(b"via create_server")
        print("received", peer.recv(100))
        peer.close()

# Name resolution and address conversions.
print("getaddrinfo", socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print("getaddrinfo service", socket.getaddrinfo("127.0.0.1", "http", type=socket.SOCK_STREAM))
print("getaddrinfo localhost", socket.getaddrinfo("localhost", 8080, socket.AF_INET, socket.SOCK_DGRAM))
print("getaddrinfo v6", socket.getaddrinfo("::1", 22, socket.AF_INET6, socket.SOCK_STREAM))
# (AI_NUMERICHOST: no name server is asked, so the error does not depend on the network.)
attempt("getaddrinfo not numeric",
        lambda: socket.getaddrinfo("not-numeric", 80, flags=socket.AI_NUMERICHOST))
try:
    socket.getaddrinfo("not-numeric", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("gaierror args", e.args, e.errno)
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("unknown host is a gaierror")
print("gethostbyname", socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print("gethostname", isinstance(socket.gethostname(), str) and socket.gethostname() != "")
print("inet_aton", socket.inet_aton("10.1.2.3"), socket.inet_aton("127.1"))
print("inet_ntoa", socket.inet_ntoa(b"\xc0\xa8\x00\x01"))
print("inet_pton", socket.inet_pton(socket.AF_INET6, "::1"))
print("inet_ntop", socket.inet_ntop(socket.AF_INET6, b"\x20\x01" + b"\x00" * 13 + b"\x01"))
print("htons", socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
attempt("inet_aton bad", lambda: socket.inet_aton("300.1.2.3"))
attempt("inet_ntoa bad", lambda: socket.inet_ntoa(b"abc"))

# Argument errors, with CPython's messages.
s = socket.socket()
attempt("bind str", lambda: s.bind("x"))
attempt("bind short tuple", lambda: s.bind(("127.0.0.1",)))
attempt("bind bad port", lambda: s.bind(("127.0.0.1", 70000)))
try:
    s.bind(("no-such-host.invalid", 0))
except socket.gaierror:
    print("bind unknown host -> gaierror")
attempt("send str", lambda: s.send("text"))
attempt("recv unconnected", lambda: s.recv(1))
attempt("getpeername unconnected", lambda: s.getpeername())
s.close()
