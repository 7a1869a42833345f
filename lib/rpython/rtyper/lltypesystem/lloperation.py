"""rpy's version of rpython.rtyper.lltypesystem.lloperation: llop.NAME(RESULTTYPE, *args) calls
a low-level operation.  rpy gives a meaning to the few that make sense without RPython's
backend: debug_print, int_between, the integer arithmetic ones (int_add, int_sub, int_mul,
int_floordiv, int_mod, int_lshift, int_rshift, int_and, int_or, int_xor, int_neg, int_abs,
int_lt, int_le, int_eq, int_ne, int_gt, int_ge, uint_*...), and the debug operations programs
call themselves (debug_start, debug_stop, have_debug_prints, debug_flush, debug_offset,
debug_assert run under the interpreter as RPython's opimpl.py runs them; debug_print_traceback
and debug_fatalerror only translated, as in RPython: untranslated they raise TypeError).  Others
are refused when translated, and raise NotImplementedError under the interpreter."""

from rpython.rlib.rarithmetic import intmask, r_uint


def _int_ops():
    import operator
    ops = {
        'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
        'floordiv': operator.floordiv, 'mod': operator.mod,
        'and': operator.and_, 'or': operator.or_, 'xor': operator.xor,
        'lshift': operator.lshift, 'rshift': operator.rshift,
        'lt': operator.lt, 'le': operator.le, 'eq': operator.eq,
        'ne': operator.ne, 'gt': operator.gt, 'ge': operator.ge,
    }
    return ops


class _LLOp(object):
    """One operation: llop.NAME."""

    def __init__(self, name):
        self.opname = name

    def __call__(self, RESULTTYPE, *args):
        from rpython.rtyper.lltypesystem import lltype
        name = self.opname
        if name == 'debug_print':
            import os
            os.write(2, ' '.join([str(a) for a in args]) + '\n')
            return None
        if name in ('debug_start', 'debug_stop', 'debug_flush'):
            from rpython.rlib import debug
            getattr(debug, name)(*args)
            return None
        if name == 'have_debug_prints':
            return True
        if name == 'debug_offset':
            return -1
        if name == 'debug_assert':
            assert args[0], args[1]
            return None
        if name in ('debug_print_traceback', 'debug_fatalerror'):
            raise TypeError("cannot constant-fold operation %r" % (name,))
        if name == 'int_between':
            return args[0] <= args[1] < args[2]
        for prefix in ('int_', 'uint_'):
            if name.startswith(prefix):
                op = name[len(prefix):]
                if op == 'neg':
                    result = -args[0]
                elif op == 'abs':
                    result = abs(args[0])
                elif op == 'invert':
                    result = ~args[0]
                elif op == 'is_true':
                    result = bool(args[0])
                else:
                    fn = _int_ops().get(op)
                    if fn is None:
                        break
                    result = fn(args[0], args[1])
                if RESULTTYPE is lltype.Bool:
                    return bool(result)
                return lltype.cast_primitive(RESULTTYPE, result)
        raise NotImplementedError("rpy: llop.%s has no meaning in rpy" % (name,))


class _LLOpNamespace(object):
    """llop: llop.int_add(lltype.Signed, a, b)..."""

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return _LLOp(name)


llop = _LLOpNamespace()
