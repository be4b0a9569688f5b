#!/usr/bin/env python3
"""Checks the hand-written expectation tables in ../float_parse.rs, ../string.rs, ../complex.rs,
and ../round.rs against the running python3 (CPython 3.11). Prints mismatches."""
import os, re, math

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def read(name):
    """The source with rustfmt's multi-line table entries joined back onto one line."""
    src = open(os.path.join(HERE, name)).read()
    src = re.sub(r'\(\n\s*', '(', src)
    src = re.sub(r',\n\s*\)', ')', src)
    return re.sub(r'\n\s*', ' ', src)


def chk_parse():
    import re
    src=read('float_parse.rs')
    def unesc(t):
        t=re.sub(r'\\u\{([0-9a-f]+)\}', lambda mm: chr(int(mm.group(1),16)), t)
        return t.replace('\\0','\0').replace('\\x1c','\x1c').replace('\\n','\n')
    n=0
    for m in re.finditer(r'\(\s*\s*"((?:[^"\\]|\\.)*)",\s*(\d+),\s*(None|Some\(\s*"(-?\d+)"\))', src):
        text=unesc(m.group(1)); base=int(m.group(2)); n+=1
        try: r=str(int(text,base))
        except ValueError: r=None
        if r!=m.group(4): print("INT MISMATCH", repr(text), base, r, m.group(4))
    for m in re.finditer(r'\(\s*"((?:[^"\\]|\\.)*)",\s*(None|Some\(\s*([^()]*)\))\),', src):
        text=unesc(m.group(1)); n+=1
        try: r=float(text)
        except ValueError: r=None
        w=m.group(3)
        if w is not None:
            w=eval(w.replace('f64::INFINITY','float("inf")').replace('f64::NEG_INFINITY','-float("inf")'))
        if repr(r)!=repr(w): print("FLOAT MISMATCH", repr(text), r, w)
    print("done", n)

def chk_str():
    import re
    src=read('string.rs')
    def unesc(t):
        t=re.sub(r'\\u\{([0-9a-f]+)\}', lambda mm: chr(int(mm.group(1),16)), t)
        return t.replace('\\"','"')
    n=0
    for m in re.finditer(r'\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)",\s*(Ok|Err)\(\s*"((?:[^"\\]|\\.)*)"\)\s*\)', src):
        v,s,kind,w=unesc(m.group(1)),unesc(m.group(2)),m.group(3),unesc(m.group(4)); n+=1
        try: r=('Ok',format(v,s))
        except ValueError as e: r=('Err',str(e))
        if r!=(kind,w): print("MISMATCH", repr(v), repr(s), r, (kind,w))
    print('checked',n)

def chk_cplx():
    import re
    src=read('complex.rs')
    NAN=float('nan'); INF=float('inf')
    n=0
    for m in re.finditer(r'\(\s*([-\w.]+),\s*([-\w.]+),\s*"([^"]+)"\)', src):
        c=complex(eval(m.group(1)), eval(m.group(2))); n+=1
        if repr(c)!=m.group(3): print("REPR MISMATCH", m.group(0), repr(c))
    for m in re.finditer(r'\(\s*([-\w.]+),\s*([-\w.]+),\s*"([^"]*)",\s*(Ok|Err)\(\s*"([^"]*)"\)\s*\)', src):
        c=complex(eval(m.group(1)), eval(m.group(2))); n+=1
        try: r=('Ok', format(c, m.group(3)))
        except ValueError as e: r=('Err', str(e))
        if r!=(m.group(4), m.group(5)): print("FMT MISMATCH", m.group(0), r)
    print('checked', n)

def chk_round():
    import re
    src=read('round.rs')
    n=0
    for m in re.finditer(r'\(\s*([-\d.e+ ]+),\s*(-?\d+),\s*([-\d.e+]+)\),', src):
        x=eval(m.group(1)); k=int(m.group(2)); w=float(m.group(3)); n+=1
        r=round(x,k)
        if repr(r)!=repr(w): print("MISMATCH", m.group(0), r)
    for m in re.finditer(r'\(\s*"(-?\d+)",\s*(-?\d+),\s*"(-?\d+)"\),', src):
        n+=1
        v=int(m.group(1)); k=int(m.group(2))
        if k < -10**6: continue
        r=round(v,k)
        if str(r)!=m.group(3): print("INT MISMATCH", m.group(0), r)
    for m in re.finditer(r'\(\s*([-\d.e+]+),\s*([-\d.e+]+)\),', src):
        n+=1
        x=eval(m.group(1)); 
        import math
        r=float(round(x)); 
        if x<0 and r==0: r=-0.0
        if repr(r)!=repr(float(m.group(2))): print("HALF MISMATCH", m.group(0), r)
    print('checked', n)
    try: round(1.7976931348623157e308, -308)
    except OverflowError as e: print(e)
    print(round(1e308, -10**30), round(1e308, 10**30))

for f in (chk_parse, chk_str, chk_cplx, chk_round):
    f()
