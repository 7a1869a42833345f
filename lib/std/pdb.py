"""rpy's pdb: real RPython programs import it for their untranslated debugging
(`if not we_are_translated(): pdb.set_trace()`), so importing it must work.

rpy has no debugger: its import-time evaluator runs no tracing hooks, and a translated program has
no frames to inspect.  So the debugger's entry points raise NotImplementedError when called while
the program is imported, and are marked not RPython (as RPython refuses them: they reach
sys._getframe and the tracing machinery), so that translated code calling one is refused with a
message naming the function; a call in a branch translation never reaches (the usual
`if not we_are_translated():` guard) is no concern of either."""


class Restart(Exception):
    """Raised by the debugger's `restart` command."""


def _not_rpython(func):
    func._not_rpython_ = True
    return func


def _no_debugger(name):
    raise NotImplementedError("pdb.%s(): rpy's import-time evaluator has no debugger" % (name,))


class Pdb(object):
    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None):
        self.stdin = stdin
        self.stdout = stdout
        self.skip = skip

    @_not_rpython
    def set_trace(self, frame=None):
        _no_debugger('Pdb.set_trace')

    @_not_rpython
    def run(self, cmd, globals=None, locals=None):
        _no_debugger('Pdb.run')


@_not_rpython
def set_trace():
    _no_debugger('set_trace')


@_not_rpython
def post_mortem(t=None):
    _no_debugger('post_mortem')


@_not_rpython
def pm():
    _no_debugger('pm')


@_not_rpython
def run(statement, globals=None, locals=None):
    _no_debugger('run')


@_not_rpython
def runeval(expression, globals=None, locals=None):
    _no_debugger('runeval')


@_not_rpython
def runcall(*args, **kwds):
    _no_debugger('runcall')
