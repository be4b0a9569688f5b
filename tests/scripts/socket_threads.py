# Sockets between threads. A thread blocked in accept/recv/connect must not stop the
# others: with the GIL, the blocking call releases it, so each scenario below deadlocks
# (and the test runner's timeout fails it) if a call kept the GIL while waiting.
import socket
import threading


def busy(n):
    # Pure Python work: it only progresses while this thread runs Python code.
    total = 0
    for i in range(n):
        total += i % 7
    return total


# 1. An echo server thread serving several client threads over 127.0.0.1 (port 0).
server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
N_CLIENTS = 4


def serve():
    for _ in range(N_CLIENTS):
        conn, _ = server.accept()
        with conn:
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data.upper())


replies = [None] * N_CLIENTS


def client(k):
    with socket.create_connection(("127.0.0.1", port)) as c:
        msg = (f"client {k} " * 2000).encode()
        c.sendall(msg)
        c.shutdown(socket.SHUT_WR)
        got = b""
        while True:
            chunk = c.recv(65536)
            if not chunk:
                break
            got += chunk
        replies[k] = (len(got), got == msg.upper())


st = threading.Thread(target=serve)
st.start()
clients = [threading.Thread(target=client, args=(k,)) for k in range(N_CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
st.join()
server.close()
print("echo replies", replies)

# 2. The main thread blocks in recv() while another thread computes the data it waits
# for in Python, then sends it.
a, b = socket.socketpair()


def compute_and_send():
    b.sendall(str(busy(300000)).encode())


t = threading.Thread(target=compute_and_send)
t.start()
print("recv got", a.recv(100))
t.join()

# 3. The main thread blocks in accept() while a thread computes, then connects.
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
lport = listener.getsockname()[1]


def late_connect():
    busy(200000)
    with socket.create_connection(("127.0.0.1", lport)) as c:
        c.sendall(b"late hello")


t = threading.Thread(target=late_connect)
t.start()
conn, _ = listener.accept()
print("accepted, got", conn.recv(100))
conn.close()
t.join()
listener.close()

# 4. A recv() with a timeout in one thread while another keeps running: the waiting thread
# times out, the busy one finishes its work meanwhile.
results = {}


def waiter():
    a.settimeout(0.2)
    try:
        a.recv(10)
    except TimeoutError as e:
        results["waiter"] = f"TimeoutError {e}"


def worker():
    results["worker"] = busy(100000)


ts = [threading.Thread(target=waiter), threading.Thread(target=worker)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("timeout thread", results["waiter"], "worker", results["worker"])
a.settimeout(None)

# 5. Many threads ping-pong over their own socketpairs at once.
def pingpong(k, out):
    x, y = socket.socketpair()
    with x, y:
        n = 0
        for i in range(200):
            x.sendall(b"%d" % i)
            n += int(y.recv(10))
        out[k] = n


out = [None] * 4
ts = [threading.Thread(target=pingpong, args=(k, out)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("ping-pong sums", out)
a.close()
b.close()
