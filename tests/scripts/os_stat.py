# os.stat, os.lstat, os.fstat and the stat module, on files this test creates.
import os
import stat
import time

with open('_tmp_stat_file.txt', 'w') as f:
    f.write('hello')
os.mkdir('_tmp_stat_dir')
try:
    st = os.stat('_tmp_stat_file.txt')
    print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], st[6] == st.st_size)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
    print(isinstance(st.st_mtime, float), isinstance(st[8], int), st[8] == int(st.st_mtime))
    print(abs(st.st_mtime - time.time()) < 60, st.st_mtime_ns // 10**9 == st[8])
    print(st.st_nlink, st.st_uid == os.stat('.').st_uid or True, st.st_blksize > 0)
    d = os.stat('_tmp_stat_dir')
    print(stat.S_ISDIR(d.st_mode), stat.filemode(d.st_mode)[0], stat.S_IMODE(0o100644))
    with open('_tmp_stat_file.txt') as f:
        fs = os.fstat(f.fileno())
    print(fs.st_size, fs.st_ino == st.st_ino, os.lstat('_tmp_stat_file.txt').st_size)
    print(os.path.getmtime('_tmp_stat_file.txt') == st.st_mtime,
          os.path.getsize('_tmp_stat_file.txt'), os.path.islink('_tmp_stat_file.txt'),
          os.path.lexists('_tmp_stat_file.txt'), os.path.lexists('_tmp_nope'))
    print(repr(st).startswith('os.stat_result(st_mode='), st == tuple(st))
    try:
        st.st_size = 3
    except AttributeError as e:
        print('AttributeError:', e)
    for bad in ('_tmp_does_not_exist', ''):
        try:
            os.stat(bad)
        except FileNotFoundError as e:
            print('FileNotFoundError:', e.errno, e.strerror, repr(e.filename))
    try:
        os.fstat(987654)
    except OSError as e:
        print('OSError:', e.errno, e.strerror)
    print(stat.filemode(0o100755), stat.filemode(0o040700), stat.filemode(0o120777),
          stat.filemode(0o104755), stat.filemode(0o041777))
    r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(r, r.st_mtime, r.st_size)
finally:
    os.remove('_tmp_stat_file.txt')
    os.rmdir('_tmp_stat_dir')
