"""Build configuration of the running interpreter (the subset Pyrite can answer)."""

import sys

_CONFIG_VARS = {
    # 1 in the free-threaded build, 0 in the GIL build (PEP 703).
    "Py_GIL_DISABLED": 1 if "t" in sys.abiflags else 0,
    "ABIFLAGS": sys.abiflags,
    "VERSION": "%d.%d" % sys.version_info[:2],
    "py_version_nodot": "%d%d" % sys.version_info[:2],
    "EXT_SUFFIX": "",
    "SOABI": "",
}


def get_config_var(name):
    """The value of one build variable, or None if unknown."""
    return _CONFIG_VARS.get(name)


def get_config_vars(*names):
    """All known build variables as a dict, or the values of `names` as a list."""
    if names:
        return [_CONFIG_VARS.get(n) for n in names]
    return dict(_CONFIG_VARS)


def get_platform():
    return sys.platform + "-x86_64"


def get_python_version():
    return _CONFIG_VARS["VERSION"]
