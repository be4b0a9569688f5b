# While the frame that caught an exception still runs, tb.tb_frame is that frame: its
# f_back chain leads to the callers (what logging's handleError walks).
import sys
import traceback


def names(frame):
    out = []
    while frame is not None:
        out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


def fail():
    raise ValueError("x")


def catcher():
    try:
        fail()
    except ValueError:
        tb = sys.exc_info()[2]
        print(names(tb.tb_frame))
        print(names(tb.tb_next.tb_frame)[0])
        print([f.name for f in traceback.extract_stack(tb.tb_frame)])


def outer():
    catcher()


outer()
print(io_ok := __import__('io').text_encoding(None), __import__('io').text_encoding('utf-8'))
with open('_tmp_locale.txt', 'w', encoding=io_ok) as f:
    f.write('x')
import os
os.remove('_tmp_locale.txt')
