# os: the minimal supported subset (remove, path.exists, path.join, getcwd, listdir, environ, getpid).
import os
name = "_tmp_stdlib_os_test.txt"
print(os.path.exists(name))
with open(name, "w") as f:
    f.write("temporary")
print(os.path.exists(name), name in os.listdir("."), name in os.listdir(os.getcwd()))
os.remove(name)
print(os.path.exists(name), name in os.listdir("."))
try:
    os.remove(name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(os.path.join("a", "b", "c.txt"), os.path.join("dir/", "file"), os.path.join("x", "/abs"), os.path.join("only"))
cwd = os.getcwd()
print(isinstance(cwd, str), os.path.exists(cwd), len(cwd) > 0)
print(os.path.exists("stdlib_os.py"), os.path.exists("no_such_file.xyz"), os.path.exists(os.path.join(".", "mypkg", "__init__.py")))
listing = os.listdir(".")
print(isinstance(listing, list), "stdlib_os.py" in listing, "mypkg" in listing, "mymod.py" in listing)
print(isinstance(os.environ.get("PATH", ""), str), os.environ.get("PYRITE_SURELY_UNSET_VARIABLE"), os.environ.get("PYRITE_SURELY_UNSET_VARIABLE", "default"))
print("PYRITE_SURELY_UNSET_VARIABLE" in os.environ)
try:
    os.environ["PYRITE_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)
pid = os.getpid()
print(isinstance(pid, int), pid > 0, pid == os.getpid())
files = [f"_tmp_os_{i}.txt" for i in range(3)]
for fn in files:
    with open(fn, "w") as f:
        f.write(fn)
print(sorted(f for f in os.listdir(".") if f.startswith("_tmp_os_")))
for fn in files:
    os.remove(fn)
print(sorted(f for f in os.listdir(".") if f.startswith("_tmp_os_")))
print(os.path.exists(os.path.join(os.getcwd(), "stdlib_os.py")))
