# logging from many threads: one handler, whole lines, nothing lost, loggers created concurrently
import io
import logging
import threading

N_THREADS = 8
N_LINES = 200


class CharByCharStream:
    """A stream that stores each character of a write() separately, yielding
    between characters: without the handler's lock, lines from different
    threads would interleave."""
    def __init__(self):
        self.chars = []
        self.flushes = 0

    def write(self, s):
        for c in s:
            self.chars.append(c)
            if c == ' ':
                # Give other threads every chance to run in the middle of a line.
                threading.current_thread()

    def flush(self):
        self.flushes += 1

    def text(self):
        return ''.join(self.chars)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.threadName, record.thread, record.getMessage()))


sio = io.StringIO()
string_handler = logging.StreamHandler(sio)
string_handler.setFormatter(logging.Formatter('%(threadName)s %(name)s %(levelname)s %(message)s'))
char_stream = CharByCharStream()
char_handler = logging.StreamHandler(char_stream)
char_handler.setFormatter(logging.Formatter('<%(threadName)s|%(message)s|%(funcName)s>'))
list_handler = ListHandler()

top = logging.getLogger('threads')
top.setLevel(logging.DEBUG)
top.propagate = False
for h in (string_handler, char_handler, list_handler):
    top.addHandler(h)

idents = {}
start = threading.Barrier(N_THREADS)


def work(i):
    idents[threading.current_thread().name] = threading.get_ident()
    start.wait()
    for j in range(N_LINES):
        # Loggers are created while other threads create and use them.
        lg = logging.getLogger('threads.w%d.part%d' % (i, j % 4))
        if j % 2:
            lg.info('line %d of worker %d with some padding words', j, i)
        else:
            lg.debug('line %d of worker %d with some padding words', j, i)


threads = [threading.Thread(target=work, args=(i,), name='worker-%d' % i)
           for i in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()


def check_lines(label, lines, parse):
    print('%s: %d lines' % (label, len(lines)))
    per_thread = {}
    bad = []
    for line in lines:
        got = parse(line)
        if got is None:
            bad.append(line)
            continue
        name, i, j = got
        if name != 'worker-%d' % i:
            bad.append(line)
            continue
        per_thread.setdefault(i, []).append(j)
    print('  malformed:', len(bad), bad[:3])
    print('  per thread:', [len(per_thread.get(i, [])) for i in range(N_THREADS)])
    print('  in order, none missing:',
          all(per_thread.get(i) == list(range(N_LINES)) for i in range(N_THREADS)))


def parse_plain(line):
    # "worker-3 threads.w3.part1 INFO line 17 of worker 3 with some padding words"
    parts = line.split(' ')
    if len(parts) != 12 or parts[3] != 'line' or parts[5:7] != ['of', 'worker']:
        return None
    if parts[8:] != ['with', 'some', 'padding', 'words']:
        return None
    i, j = int(parts[7]), int(parts[4])
    if parts[1] != 'threads.w%d.part%d' % (i, j % 4):
        return None
    if parts[2] != ('INFO' if j % 2 else 'DEBUG'):
        return None
    return parts[0], i, j


def parse_framed(line):
    # "<worker-3|line 17 of worker 3 with some padding words|work>"
    if not (line.startswith('<') and line.endswith('|work>')):
        return None
    fields = line[1:-1].split('|')
    if len(fields) != 3:
        return None
    words = fields[1].split(' ')
    if len(words) != 9 or words[0] != 'line' or words[2:4] != ['of', 'worker']:
        return None
    return fields[0], int(words[4]), int(words[1])


text = sio.getvalue()
print('StringIO ends with a newline:', text.endswith('\n'))
check_lines('StringIO', text.splitlines(), parse_plain)
chars = char_stream.text()
check_lines('char-by-char stream', chars.splitlines(), parse_framed)
print('  one flush per record:', char_stream.flushes == N_THREADS * N_LINES)


def parse_record(rec):
    name, ident, msg = rec
    if ident != idents.get(name):
        return None
    words = msg.split(' ')
    return name, int(words[4]), int(words[1])


check_lines('records', list_handler.records, parse_record)

# The hierarchy built concurrently is consistent.
d = logging.Logger.manager.loggerDict
kinds = sorted(set((k.count('.'), type(v).__name__) for k, v in d.items() if k.startswith('threads.')))
print('hierarchy:', kinds)
print('  parts under top:', all(logging.getLogger('threads.w%d.part%d' % (i, p)).parent is top
                                for i in range(N_THREADS) for p in range(4)))
w3 = logging.getLogger('threads.w3')
print('  after creating threads.w3:', [logging.getLogger('threads.w3.part%d' % p).parent is w3
                                       for p in range(4)], w3.parent is top)

# Handlers used from threads can be closed and removed while others log.
sio2 = io.StringIO()
h2 = logging.StreamHandler(sio2)
solo = logging.getLogger('solo')
solo.propagate = False
solo.addHandler(h2)
solo.setLevel(logging.INFO)


def burst(k):
    for n in range(50):
        solo.info('burst %d.%d', k, n)


ts = [threading.Thread(target=burst, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
solo.removeHandler(h2)
h2.close()
solo.info('not recorded')
lines2 = sio2.getvalue().splitlines()
print('burst:', len(lines2), sorted(lines2) == sorted('burst %d.%d' % (k, n)
                                                      for k in range(4) for n in range(50)))
