"""Cache lines from Python source files.

Used by traceback to show the source line of each entry. Files are read as UTF-8 (what
Pyrite's compiler accepts); embedded stdlib modules have no file and so no lines.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating it if needed."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose file changed on disk (all entries, or just `filename`)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # A lazy entry: nothing was read yet.
            continue
        size, mtime, lines, fullname = entry
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read `filename` into the cache (looking along sys.path for a relative name) and
    return its lines; [] if it cannot be read."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    stat = _stat(fullname)
    if stat is None and not os.path.isabs(filename):
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            stat = _stat(fullname)
            if stat is not None:
                break
    if stat is None:
        return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def _stat(path):
    """os.stat of `path`, or None when there is no such file."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None

