"""rpy's version of rpython.conftest, which programs import for the py.test
command-line options (option.view, ...): outside py.test every option is
off, as under a plain `python` run."""


class _Options(object):
    view = False
    viewloops = False
    browser = False
    jit = False
    slow = False
    verbose = False


option = _Options()
