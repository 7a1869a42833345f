# "...".format(**d) with a constant format: each field the format names is read from the mapping
# (KeyError when it lacks one, as str.format raises); keys it never names are not read. The
# mapping is evaluated once, after the other arguments.
SETTINGS = {"host": "localhost", "port": "8080", "user": "admin", "unused": "x"}


def make(tag):
    print("make", tag)
    return {"a": tag, "b": tag * 2}


def show(label):
    print("show", label)
    return label


def main():
    print("{user}@{host}:{port}".format(**SETTINGS))
    local = {"name": 1.5, "width": 8, "prec": 3}
    print("[{name:{width}.{prec}f}] [{name!r:>{width}}]".format(**local))
    print("{0} {b} {a} {1}".format(show("first"), show("second"), **make("m")))
    print("{{literal}} {a}".format(**make("z")))
    for fmt_keys in ({"a": "only a"}, {"b": "only b"}):
        try:
            print("{a}".format(**fmt_keys))
        except KeyError as e:
            print("KeyError", e)


main()
