"""Calls whose arguments are known only at run time, written for translated code.

f(*t) where t is a tuple of unknown length and f has fixed positional parameters: rpy passes
t's items one by one (annotate/annotate_stmt.cpp, bind_args), after `star_args` checked that
their number is the parameters', raising Python's TypeError otherwise. The module is not on the
oracle's path: python3 and python2.7 raise their own errors.
"""

import sys


def _spec(tag):
    def deco(func):
        func._annspecialcase_ = tag
        return func
    return deco


def _plural(n, word):
    if n == 1:
        return "%d %s" % (n, word)
    return "%d %ss" % (n, word)


def _quoted_list(names):
    # Python 3's list of missing names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    quoted = ["'%s'" % x for x in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _count_message(name, params, given):
    # params: the function's positional parameters, separated by spaces (self included for a
    # method, whose name is then the class's and the method's in Python 3).
    names = params.split(" ") if params else []
    want = len(names)
    if sys.version_info[0] < 3:
        short = name.split(".")[-1]
        if want == 0:
            return "%s() takes no arguments (%d given)" % (short, given)
        return "%s() takes exactly %s (%d given)" % (short, _plural(want, "argument"), given)
    if given > want:
        return "%s() takes %s but %d %s given" % (name, _plural(want, "positional argument"), given,
                                                  "was" if given == 1 else "were")
    missing = names[given:]
    return "%s() missing %s: %s" % (name, _plural(len(missing), "required positional argument"),
                                    _quoted_list(missing))


@_spec("specialize:argtype(0)")
def star_args(t, before, name, params):
    # t, passed as f(*t) after `before` positional arguments: its length must fill the
    # parameters exactly; returns t.
    want = len(params.split(" ")) if params else 0
    if before + len(t) != want:
        raise TypeError(_count_message(name, params, before + len(t)))
    return t


# atexit.register(f, args...) of a handler that is not a function of the program (a bound method,
# a builtin such as print or sys.stdout.flush): rpy registers exit_handler_N(f, args...) instead,
# one copy per handler and argument types (annotate/atexit_rules.cpp).
@_spec("specialize:argtype")
def exit_handler_0(f):
    f()


@_spec("specialize:argtype")
def exit_handler_1(f, a):
    f(a)


@_spec("specialize:argtype")
def exit_handler_2(f, a, b):
    f(a, b)


@_spec("specialize:argtype")
def exit_handler_3(f, a, b, c):
    f(a, b, c)


@_spec("specialize:argtype")
def exit_handler_4(f, a, b, c, d):
    f(a, b, c, d)


# dict(..., **d) in Python 3 (ir/lower.cpp, dict_keywords_call): d's items join the keyword dict
# kw (a new dict of the explicit keywords), in d's order, as CPython merges them: a key that is
# not a str, or that kw already holds, raises its TypeError. Returns kw.
@_spec("specialize:argtype(1, 2)")
def double_star(name, kw, d):
    for k in d:
        if not isinstance(k, str):
            raise TypeError("keywords must be strings")
        if k in kw:
            raise TypeError("%s() got multiple values for keyword argument '%s'" % (name, k))
        kw[k] = d[k]
    return kw
