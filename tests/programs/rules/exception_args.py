# e.args of exceptions: the program's own classes (made with several arguments, through
# Exception.__init__(self, ...) and super().__init__(...)), builtin classes the program raises,
# and the runtime's own raises ([][3], 1 // 0), read as a tuple, indexed, measured,
# iterated and compared; str(e) and repr(e) agree with e.args.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, msg, line):
        AppError.__init__(self, msg, line)
        self.msg = msg
        self.line = line


class ConfigError(Exception):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key


class Retry(Exception):
    """Made with no argument, one or two: e.args is a tuple of unknown length."""


class Abort(Retry):
    pass


class Timeout(Exception):
    pass


def parse(text):
    out = []
    for i, tok in enumerate(text.split()):
        if not tok.isdigit():
            raise ParseError("bad token " + tok, i)
        out.append(int(tok))
    return out


def check(xs):
    if len(xs) > 3:
        raise AppError("too many", len(xs))
    return sum(xs)


def lookup(config, key):
    if key not in config:
        raise ConfigError(key)
    return config[key]


def attempt(n):
    if n == 0:
        raise Retry()
    if n == 1:
        raise Retry("once")
    if n == 2:
        raise Abort("twice", "give up")
    return n


def main():
    for text in ["1 2 3", "1 x 3", "1 2 3 4", "7 8 y z"]:
        try:
            print("sum", check(parse(text)))
        except ParseError as e:
            print("parse error", e.args, e.args[0], e.args[1], e.line, str(e), repr(e))
        except AppError as e:
            print("app error", len(e.args), e.args, str(e), repr(e), "count", e.args[1])
    config = {"name": "demo", "mode": "fast"}
    for key in ["name", "size"]:
        try:
            print(key, lookup(config, key))
        except ConfigError as e:
            print("config", e.args, e.args[0], e.key, str(e), repr(e))
    for n in range(4):
        try:
            print("attempt", attempt(n))
        except Retry as e:
            print("retry", len(e.args), e.args, repr(e), "[" + str(e) + "]")
            for a in e.args:
                print("  arg", a)
            if e.args:
                print("  last", e.args[-1], e.args == ("twice", "give up"))
    for s in ["12", "x1"]:
        try:
            print(int(s))
        except ValueError as e:
            print("value", str(e), repr(e))
    try:
        print([1, 2][3])
    except IndexError as e:
        print("index", e.args, str(e))
    try:
        raise RuntimeError("one", "two", "three")
    except RuntimeError as e:
        print("rt", e.args, e.args[1], str(e), repr(e))
    try:
        raise RuntimeError
    except RuntimeError as e:
        print("empty", e.args, repr(str(e)), repr(e), len(e.args))
    for limit in [0.5, 2.5]:
        try:
            if limit < 1.0:
                raise Timeout(limit)
            print("in time", limit)
        except Timeout as e:
            print("timeout", e.args, e.args[0] * 2, repr(e), str(e))
    total = 0
    for d in [3, 0, 5]:
        try:
            total += 60 // d
        except ZeroDivisionError as e:
            print("zero", e.args)
    print("total", total)


main()
