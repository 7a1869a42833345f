"""Calls whose arguments are known only at run time, written for translated code.

f(*t) where t is a tuple of unknown length and f has fixed positional parameters: rpy passes
t's items one by one (annotate/annotate_stmt.cpp, bind_args), after `star_args` checked that
their number is the parameters', raising Python's TypeError otherwise. The module is not on the
oracle's path: python3 and python2.7 raise their own errors.
"""

import sys


from _rpy_spec import spec as _spec


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


# Python 2.7's dict(..., k=v, **d) (ir/lower.cpp dict_keywords_call): an explicit keyword goes
# into the copy of d, TypeError when d holds it already (ceval.c update_keyword_args).
@_spec("specialize:argtype(0, 2)")
def keyword_into2(kw, name, value):
    if name in kw:
        raise TypeError("type object got multiple values for keyword argument '%s'" % name)
    kw[name] = value


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


# f(**d) of a program's function (annotate/star_args_rules.cpp, spread_dstar_args): the
# parameters the call leaves are read from d by name. kw_check runs before the first read and
# raises the TypeError CPython raises when it binds: for each key in d's order, one that is not
# a str, names none of the parameters left (`fill`) or one the call already fills (`given`);
# then for a required parameter d lacks. npos: the positional arguments given; nparams: the
# positional parameters, or the required ones when some have defaults (Python 2.7's "takes
# exactly/at least N arguments (M given)").
#
# explicit: the keywords the call passes before **d (f(a=1, **d)), merged with d before binding:
# a key of d among them raises "got multiple values for keyword argument" (Python 3 names the
# function as module.qualname, `fullname`; 2.7 checks the keywords in the call's order).
# takes_kw: the function has a **kw parameter, which takes the keys no parameter names.
@_spec("specialize:argtype(0)")
def kw_check(d, name, fill, given, required, required_kwonly, npos, nparams, has_defaults, explicit, fullname,
             takes_kw):
    fill_names = fill.split(" ") if fill else []
    given_names = given.split(" ") if given else []
    explicit_names = explicit.split(" ") if explicit else []
    py2 = sys.version_info[0] < 3
    short = name.split(".")[-1]
    if py2:
        for k in explicit_names:
            if k in d:
                raise TypeError("%s() got multiple values for keyword argument '%s'" % (short, k))
    else:
        for k in d:
            if isinstance(k, str) and k in explicit_names:
                raise TypeError("%s() got multiple values for keyword argument '%s'" % (fullname, k))
    for k in d:
        if not isinstance(k, str):
            if py2:
                raise TypeError("%s() keywords must be strings" % short)
            raise TypeError("keywords must be strings")
        if k in given_names:
            if py2:
                raise TypeError("%s() got multiple values for keyword argument '%s'" % (short, k))
            raise TypeError("%s() got multiple values for argument '%s'" % (name, k))
        if k not in fill_names and not takes_kw:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (short if py2 else name, k))
    missing = [r for r in (required.split(" ") if required else []) if r not in d]
    if missing:
        if py2:
            raise TypeError("%s() takes %s %s (%d given)" % (short, "at least" if has_defaults else "exactly",
                                                            _plural(nparams, "argument"), npos + len(d)))
        raise TypeError("%s() missing %s: %s" % (name, _plural(len(missing), "required positional argument"),
                                                  _quoted_list(missing)))
    missing = [r for r in (required_kwonly.split(" ") if required_kwonly else []) if r not in d]
    if missing:
        raise TypeError("%s() missing %s: %s" % (name, _plural(len(missing), "required keyword-only argument"),
                                                  _quoted_list(missing)))
    return d


@_spec("specialize:argtype(0)")
def kw_get(d, key):
    return d[key]


@_spec("specialize:argtype(0, 2)")
def kw_default(d, key, default):
    if key in d:
        return d[key]
    return default


# The **kw parameter of a function called f(..., **d) (Python 3): the dict of the call's keywords
# no other parameter takes (kw, made of the explicit ones, in the call's order), then d's keys
# that name none of the parameters filled from d (`fill`), in d's order. kw_check ran first.
@_spec("specialize:argtype(0, 2)")
def kw_rest(d, fill, kw):
    fill_names = fill.split(" ") if fill else []
    for k in d:
        if k not in fill_names:
            kw[k] = d[k]
    return kw


def as_function(builtin):
    """A builtin function (min, len, operator.add...) as a function of the program, where it shares
    a variable, a list or a dict with other functions (a calculator's table of operations): it
    calls the builtin with the arguments it is given, one copy per argument types, as the builtin
    takes any (annotate/builtin_values.cpp)."""

    @_spec("specialize:argtype(0)")
    def call(*args):
        return builtin(*args)

    return call
