# gi_running, gi_frame and "generator already executing" from inside a running generator
# (in both builds a running generator is claimed, so a second resume fails at once).
def g():
    yield gen.gi_running
    try:
        next(gen)
    except ValueError as e:
        yield str(e)
    try:
        gen.close()
    except ValueError as e:
        yield "close: " + str(e)
    yield gen.gi_frame is not None
gen = g()
print(gen.gi_running, list(gen), gen.gi_running, gen.gi_frame)
def slow():
    for i in range(3):
        yield i
s = slow()
print(next(s), s.gi_frame is not None)
s.close(); print(s.gi_frame, list(s))
