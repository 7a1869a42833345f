"""rpy's version of rpython.rlib.jit: the JIT driver and the JIT hints.

rpy has no JIT yet: every hint is accepted and does nothing (decorators return
the function unchanged, value hints return their argument), both under the
interpreter and in translated programs.  JitDriver checks, under the
interpreter, that jit_merge_point and can_enter_jit are given exactly the
declared green and red variables, as PyPy's does, so that mistakes show up
before translation.
"""


class JitHintError(Exception):
    """Raised when a JIT hint is used inconsistently."""


# Tunable parameters of the JIT, by name, with PyPy's default values.
PARAMETERS = {
    'threshold': 1039,
    'function_threshold': 1619,
    'trace_eagerness': 200,
    'decay': 40,
    'trace_limit': 6000,
    'inlining': 1,
    'loop_longevity': 1000,
    'retrace_limit': 0,
    'max_retrace_guards': 15,
    'max_unroll_loops': 0,
    'disable_unrolling': 200,
    'enable_opts': 'all',
    'max_unroll_recursion': 7,
    'vec': 0,
    'vec_all': 0,
    'vec_cost': 0,
}


def _mark(func, attribute):
    setattr(func, attribute, True)
    return func


# ---------------------------------------------------------------- decorators

def elidable(func):
    """The function has no side effects visible to the caller and its result
    depends only on its arguments: the JIT may constant-fold calls."""
    return _mark(func, '_elidable_function_')


def purefunction(func):
    """Old name of elidable."""
    return elidable(func)


def elidable_compatible(*args, **kwds):
    def decorator(func):
        return elidable(func)
    return decorator


def unroll_safe(func):
    """The JIT may unroll the loops of this function."""
    return _mark(func, '_jit_unroll_safe_')


def dont_look_inside(func):
    """The JIT calls this function instead of tracing into it."""
    func._jit_look_inside_ = False
    return func


def look_inside(func):
    """The JIT traces into this function (the default)."""
    func._jit_look_inside_ = True
    return func


def look_inside_iff(predicate):
    """Decorator factory: trace into the function only when predicate(*args)
    is true for constant arguments."""
    def decorator(func):
        func._jit_look_inside_iff_ = predicate
        return func
    return decorator


def loop_invariant(func):
    """The function's result does not change during one loop of the JIT."""
    return _mark(func, '_jit_loop_invariant_')


def not_in_trace(func):
    return _mark(func, '_not_in_trace_')


def oopspec(spec):
    """Decorator factory naming the operation the JIT knows this function as."""
    def decorator(func):
        func.oopspec = spec
        return func
    return decorator


def elidable_promote(promote_args='all'):
    """Decorator factory: promote the arguments (all, or those listed as a
    comma-separated string of indices) and call an elidable version."""
    def decorator(func):
        func._elidable_promote_ = promote_args
        return elidable(func)
    return decorator


def purefunction_promote(promote_args='all'):
    """Old name of elidable_promote."""
    return elidable_promote(promote_args)


def jit_callback(name):
    def decorator(func):
        return func
    return decorator


# ---------------------------------------------------------------- value hints

def promote(x):
    """Make x a constant in the trace.  Returns x."""
    return x


def promote_string(x):
    return x


def promote_unicode(x):
    return x


def hint(x, **kwds):
    """Generic hint (promote=True, access_directly=True, force_virtualizable=True...).
    Returns x."""
    return x


def isconstant(x):
    """True when x is a constant in the JIT's trace; always False without a JIT."""
    return False


def isvirtual(x):
    return False


def we_are_jitted():
    """True in code produced by the JIT; always False without a JIT."""
    return False


def assert_green(value):
    pass


def record_exact_class(value, cls):
    assert isinstance(value, cls)


def record_known_result(result, func, *args):
    pass


def current_trace_length():
    return -1


def jit_debug(string, arg1=-1, arg2=-1, arg3=-1, arg4=-1):
    pass


def conditional_call(condition, function, *args):
    """Call function(*args) only when condition is true."""
    if condition:
        function(*args)


def conditional_call_elidable(value, function, *args):
    """Return value, or function(*args) when value is 0, None or False."""
    if not value:
        value = function(*args)
    return value


def set_param(driver, name, value):
    """Set a JIT parameter (driver None means all drivers).  Ignored."""
    pass


def set_param_to_default(driver, name):
    set_param(driver, name, PARAMETERS.get(name, 0))


def set_user_param(driver, text):
    """Set JIT parameters from a string like 'threshold=200,trace_limit=1000'.
    Ignored."""
    pass


# ---------------------------------------------------------------- the driver

def _check_names(what, names):
    if not isinstance(names, (list, tuple)):
        raise JitHintError("JitDriver: %s must be a list of variable names" % what)
    for name in names:
        if not isinstance(name, str):
            raise JitHintError("JitDriver: %s must be a list of variable names" % what)


class JitDriver(object):
    """Declares an interpreter's main loop to the JIT.

    greens: the names of the variables that identify a position in the
    interpreted program (program counter, the program itself...);
    reds: every other live variable, or 'auto'.
    """

    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_jitcell_at=None, set_jitcell_at=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name='jitdriver', check_untranslated=True, vectorize=False,
                 get_unique_id=None, is_recursive=False, get_location=None):
        if greens is None:
            greens = []
        if reds is None:
            raise JitHintError("JitDriver: reds must be given (a list or 'auto')")
        _check_names('greens', greens)
        if reds != 'auto':
            _check_names('reds', reds)
        if virtualizables is None:
            virtualizables = []
        for v in virtualizables:
            if reds == 'auto' or v not in reds:
                raise JitHintError("JitDriver: virtualizable %r must be a red" % (v,))
        self.greens = list(greens)
        self.autoreds = reds == 'auto'
        if self.autoreds:
            self.reds = []
        else:
            self.reds = list(reds)
        self.virtualizables = list(virtualizables)
        self.get_printable_location = get_printable_location
        self.get_location = get_location
        self.get_unique_id = get_unique_id
        self.confirm_enter_jit = confirm_enter_jit
        self.can_never_inline = can_never_inline
        self.should_unroll_one_iteration = should_unroll_one_iteration
        self.name = name
        self.check_untranslated = check_untranslated
        self.vectorize = vectorize
        self.is_recursive = is_recursive

    def _check_arguments(self, where, kwds):
        if not self.check_untranslated:
            return
        expected = list(self.greens)
        if not self.autoreds:
            expected = expected + self.reds
        for name in kwds:
            if name not in expected:
                raise JitHintError("%s: %r is not a green or red variable of %s"
                                   % (where, name, self.name))
        for name in expected:
            if name not in kwds:
                raise JitHintError("%s: missing variable %r" % (where, name))

    def jit_merge_point(self, **livevars):
        """Marks the start of the interpreter's dispatch loop.  Does nothing."""
        self._check_arguments('jit_merge_point', livevars)

    def can_enter_jit(self, **livevars):
        """Marks a backward jump of the interpreted program.  Does nothing."""
        self._check_arguments('can_enter_jit', livevars)

    def loop_header(self):
        pass

    def inline(self, call_jit_merge_point):
        def decorator(func):
            return func
        return decorator


class JitHookInterface(object):
    """Hooks the JIT calls on compilation events.  Never called without a JIT."""

    def on_abort(self, reason, jitdriver, greenkey, greenkey_repr, logops, operations):
        pass

    def on_trace_too_long(self, jitdriver, greenkey, greenkey_repr):
        pass

    def after_compile(self, debug_info):
        pass

    def after_compile_bridge(self, debug_info):
        pass

    def before_compile(self, debug_info):
        pass

    def before_compile_bridge(self, debug_info):
        pass


class Counters(object):
    """The names of the JIT's statistics counters and abort reasons, as the
    hooks receive them (JitHookInterface.on_abort's reason indexes
    counter_names).  rpy's JIT reports none, so these are only names."""

    counter_names = []


def _number_counters():
    names = """TRACING BACKEND OPS HEAPCACHED_OPS RECORDED_OPS GUARDS
               OPT_OPS OPT_GUARDS OPT_GUARDS_SHARED OPT_FORCINGS
               OPT_VECTORIZE_TRY OPT_VECTORIZED
               ABORT_TOO_LONG ABORT_BRIDGE ABORT_BAD_LOOP ABORT_ESCAPE
               ABORT_FORCE_QUASIIMMUT ABORT_SEGMENTED_TRACE
               NVIRTUALS NVHOLES NVREUSED
               TOTAL_COMPILED_LOOPS TOTAL_COMPILED_BRIDGES
               TOTAL_FREED_LOOPS TOTAL_FREED_BRIDGES""".split()
    for number, name in enumerate(names):
        setattr(Counters, name, number)
        Counters.counter_names.append(name)
    Counters.ncounters = len(names)


_number_counters()


# ---------------------------------------------------------------- virtual refs

class DirectVRef(object):
    def __init__(self, x):
        self._x = x
        self._state = 'non-forced'

    def __call__(self):
        if self._state == 'non-forced':
            self._state = 'forced'
        return self._x


def virtual_ref(x):
    return DirectVRef(x)


def virtual_ref_finish(vref, x):
    pass


def non_virtual_ref(x):
    return DirectVRef(x)


class _VRefNone(object):
    def __call__(self):
        return None


vref_None = _VRefNone()
