# python2
# A Lisp-ish object model: W_ classes with _attrs_, prebuilt singletons, isinstance dispatch.
import os
from rpython.rlib.objectmodel import specialize, we_are_translated
from rpython.rlib.rarithmetic import ovfcheck


class W_Object(object):
    _attrs_ = []

    def is_true(self):
        return True

    def to_string(self):
        raise NotImplementedError


class W_Nil(W_Object):
    _attrs_ = []

    def is_true(self):
        return False

    def to_string(self):
        return "nil"

w_nil = W_Nil()


class W_Int(W_Object):
    _attrs_ = ['value']
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def is_true(self):
        return self.value != 0

    def to_string(self):
        return str(self.value)


class W_Symbol(W_Object):
    _attrs_ = ['name']

    def __init__(self, name):
        self.name = name

    def to_string(self):
        return self.name


class W_Pair(W_Object):
    _attrs_ = ['car', 'cdr']

    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def to_string(self):
        parts = []
        w = self
        while isinstance(w, W_Pair):
            parts.append(w.car.to_string())
            w = w.cdr
        if w is not w_nil:
            parts.append(".")
            parts.append(w.to_string())
        return "(" + " ".join(parts) + ")"


class W_Builtin(W_Object):
    _attrs_ = ['name', 'fn']

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def to_string(self):
        return "#<builtin %s>" % self.name


SYMBOLS = {}


def intern(name):
    try:
        return SYMBOLS[name]
    except KeyError:
        w = W_Symbol(name)
        SYMBOLS[name] = w
        return w

for _n in ['quote', 'if', 'define', 'lambda']:
    intern(_n)


class LispError(Exception):
    def __init__(self, msg):
        self.msg = msg


def list_to_py(w):
    out = []
    while w is not w_nil:
        if not isinstance(w, W_Pair):
            raise LispError("improper list")
        out.append(w.car)
        w = w.cdr
    return out


def py_to_list(items):
    w = w_nil
    for i in range(len(items) - 1, -1, -1):
        w = W_Pair(items[i], w)
    return w


def unwrap_int(w):
    if not isinstance(w, W_Int):
        raise LispError("not an int: " + w.to_string())
    return w.value


def b_add(args):
    s = 0
    for a in args:
        try:
            s = ovfcheck(s + unwrap_int(a))
        except OverflowError:
            raise LispError("overflow")
    return W_Int(s)


def b_mul(args):
    s = 1
    for a in args:
        s *= unwrap_int(a)
    return W_Int(s)


def b_lt(args):
    if unwrap_int(args[0]) < unwrap_int(args[1]):
        return W_Int(1)
    return w_nil


def b_list(args):
    return py_to_list(args)

BUILTINS = {}
for _name, _fn in [('+', b_add), ('*', b_mul), ('<', b_lt), ('list', b_list)]:
    BUILTINS[_name] = W_Builtin(_name, _fn)


@specialize.argtype(0)
def wrap(x):
    if isinstance(x, int):
        return W_Int(x)
    elif isinstance(x, str):
        return intern(x)
    return w_nil


def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').split()


def parse(tokens, pos):
    tok = tokens[pos]
    if tok == '(':
        items = []
        pos += 1
        while tokens[pos] != ')':
            w, pos = parse(tokens, pos)
            items.append(w)
        return py_to_list(items), pos + 1
    try:
        return W_Int(int(tok)), pos + 1
    except ValueError:
        return intern(tok), pos + 1


class Env(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        if name in BUILTINS:
            return BUILTINS[name]
        raise LispError("unbound " + name)


class W_Lambda(W_Object):
    _attrs_ = ['params', 'body', 'env']

    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def to_string(self):
        return "#<lambda>"


def evaluate(w, env):
    while True:
        if isinstance(w, W_Symbol):
            return env.lookup(w.name)
        if not isinstance(w, W_Pair):
            return w
        head = w.car
        if head is intern('quote'):
            return w.cdr.car if isinstance(w.cdr, W_Pair) else w_nil
        if head is intern('if'):
            args = list_to_py(w.cdr)
            if evaluate(args[0], env).is_true():
                w = args[1]
            else:
                w = args[2] if len(args) > 2 else w_nil
            continue
        if head is intern('define'):
            args = list_to_py(w.cdr)
            name = args[0]
            assert isinstance(name, W_Symbol)
            env.vars[name.name] = evaluate(args[1], env)
            return w_nil
        if head is intern('lambda'):
            args = list_to_py(w.cdr)
            return W_Lambda(list_to_py(args[0]), args[1], env)
        fn = evaluate(head, env)
        args = [evaluate(a, env) for a in list_to_py(w.cdr)]
        if isinstance(fn, W_Builtin):
            return fn.fn(args)
        if isinstance(fn, W_Lambda):
            new_env = Env(fn.env)
            for i in range(len(fn.params)):
                p = fn.params[i]
                assert isinstance(p, W_Symbol)
                new_env.vars[p.name] = args[i]
            w = fn.body
            env = new_env
            continue
        raise LispError("not callable: " + fn.to_string())


PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (+ n -1))))))
(fact 10)
(list 1 2 (quote (a b)))
(define loop (lambda (i acc) (if (< i 1) acc (loop (+ i -1) (+ acc i)))))
(loop 1000 0)
(undefined-thing 1)
(+ 1 (quote x))
"""


def entry_point(argv):
    env = Env(None)
    tokens = tokenize(PROGRAM)
    pos = 0
    while pos < len(tokens):
        w, pos = parse(tokens, pos)
        try:
            res = evaluate(w, env)
            os.write(1, res.to_string() + "\n")
        except LispError as e:
            os.write(1, "error: " + e.msg + "\n")
    os.write(1, wrap(42).to_string() + " " + wrap("sym").to_string() + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
