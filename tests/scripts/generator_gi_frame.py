# gen.gi_frame: the generator's frame before it starts, while suspended (its line and
# locals) and while it runs (the running frame, with its caller as f_back); None once done.
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    here = gen_obj.gi_frame  # (a snapshot in Pyrite: read it on the line it is taken)
    yield (gen_obj.gi_frame.f_lineno, here.f_code.co_name, here.f_back.f_code.co_name,
           here.f_locals["n"])


gen_obj = gen(3)
f = gen_obj.gi_frame
print(type(f).__name__, f.f_code.co_name, f.f_back, sorted(f.f_locals))
print(next(gen_obj), gen_obj.gi_frame.f_lineno, gen_obj.gi_frame.f_locals["total"])
print(next(gen_obj), next(gen_obj), gen_obj.gi_frame.f_locals)


def driver():
    for item in gen_obj:  # resumed inside the eval loop
        return item


print(driver())
print(list(gen_obj), gen_obj.gi_frame)


def inner():
    yield inner_gen.gi_frame.f_back.f_code.co_name


inner_gen = inner()
print(next(inner_gen))            # resumed by next(): the caller is <module>
print([x for x in inner()] if False else list(inner_gen), inner_gen.gi_frame)
