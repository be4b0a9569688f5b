# os.environ is a mapping that keeps the process environment in step: child processes and
# os.getenv see changes, deletions are real, and bad keys get CPython's errors.
import os
import subprocess


def child(var):
    return subprocess.run(['sh', '-c', 'echo "[$%s]"' % var], capture_output=True,
                          text=True).stdout.strip()


os.environ['PYRITE_TEST_VAR'] = 'hello'
print(child('PYRITE_TEST_VAR'), os.getenv('PYRITE_TEST_VAR'), os.environ['PYRITE_TEST_VAR'])
del os.environ['PYRITE_TEST_VAR']
print(child('PYRITE_TEST_VAR'), os.getenv('PYRITE_TEST_VAR'), os.getenv('PYRITE_TEST_VAR', 'dflt'))
print(type(os.environ).__name__, isinstance(os.environ, dict), repr(os.environ)[:9])
print(os.environ.setdefault('PYRITE_X', 'd'), os.environ.setdefault('PYRITE_X', 'e'),
      'PYRITE_X' in os.environ, os.environ.get('PYRITE_X'))
print(os.environ.pop('PYRITE_X'), os.environ.pop('PYRITE_X', 'gone'), 'PYRITE_X' in os.environ)
os.environ.update({'PYRITE_A': '1'}, PYRITE_B='2')
print(child('PYRITE_A'), child('PYRITE_B'), sorted(k for k in os.environ if k.startswith('PYRITE_')))
print(os.environ == dict(os.environ), type(os.environ.copy()).__name__,
      (os.environ | {'PYRITE_Q': '1'})['PYRITE_Q'], 'PYRITE_Q' in os.environ)
for key, value in [(1, 'x'), ('PYRITE_C', 2)]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print('TypeError:', e)
for op in (lambda: os.environ['PYRITE_NOPE'], lambda: os.environ.__delitem__('PYRITE_NOPE')):
    try:
        op()
    except KeyError as e:
        print('KeyError:', e)
for bad in ('A=B', 'A\0B'):
    try:
        os.environ[bad] = 'x'
    except ValueError as e:
        print('ValueError:', e)
try:
    os.putenv('', 'x')
except OSError as e:
    print('OSError:', e.errno)
os.putenv('PYRITE_RAW', 'raw')
print(child('PYRITE_RAW'), os.getenv('PYRITE_RAW'))
os.unsetenv('PYRITE_RAW')
print(child('PYRITE_RAW'))
import collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping), os.getpid.__module__)
