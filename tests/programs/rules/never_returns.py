# python2
# RPython's annotator stops following a block at a call whose result is impossible: a helper
# that always raises ends the path like a raise, so `if not isinstance(x, C): fail(...)` narrows
# x after the if, and a function whose last statement calls such a helper does not return None.


class Value(object):
    pass


class Int(Value):
    def __init__(self, value):
        self.value = value


class Str(Value):
    def __init__(self, value):
        self.value = value


class Box(Value):
    def __init__(self, value):
        self.value = value


class Fail(Exception):
    def __init__(self, msg):
        self.msg = msg


def fail(msg):
    raise Fail(msg)


def fail_deeper(msg):
    fail("deeper: " + msg)  # never returns either: it only calls a function that never returns


class Checker(object):
    def reject(self, what):
        raise Fail("rejected " + what)


def add(a, b):
    if not isinstance(a, Int) or not isinstance(b, Int):
        fail("+ needs ints")
    return Int(a.value + b.value)


def key(k):
    if isinstance(k, Str):
        pass
    else:
        fail_deeper("not a key")
    return k.value


def unbox(v, checker):
    if not isinstance(v, Box):
        checker.reject("a non-box")
    return v.value


def lookup(env, name):
    found = env.get(name, None)
    if not found:
        fail("'" + name + "' not found")
    return found.value


def kind(v):
    if isinstance(v, Int):
        return "int"
    elif isinstance(v, Str):
        return "str"
    else:
        fail("unknown kind")  # no implicit `return None` after this


def warn(msg):
    print "warning:", msg


def maybe_none(flag):
    x = None
    if flag:
        x = Str("set")
    if x is None:
        warn("x is None")  # returns: x may still be None after the if
    if x is None:
        return "none"
    return x.value


def checked(n):
    if n < 0:
        result = fail("negative")
    else:
        result = n * 2
    return result


def show(v):
    if isinstance(v, Box):
        return "[" + show(v.value) + "]"
    if isinstance(v, Int):
        return str(v.value)
    if isinstance(v, Str):
        return v.value
    return "?"


def entry_point(argv):
    n = len(argv)
    print add(Int(n), Int(41)).value
    try:
        add(Str("a"), Int(1))
    except Fail as e:
        print e.msg
    print key(Str("k"))
    try:
        key(Int(3))
    except Fail as e:
        print e.msg
    checker = Checker()
    print show(unbox(Box(Box(Int(7))), checker))
    try:
        unbox(Str("s"), checker)
    except Fail as e:
        print e.msg
    env = {"a": Int(1), "b": Int(2)}
    print lookup(env, "b")
    try:
        lookup(env, "zz")
    except Fail as e:
        print e.msg
    print kind(Int(1)), kind(Str(""))
    try:
        kind(Box(Int(1)))
    except Fail as e:
        print e.msg
    print maybe_none(True)
    print maybe_none(False)
    print checked(4)
    try:
        checked(-1)
    except Fail as e:
        print e.msg
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
