# python2
# str methods given a str that may be None: TypeError with python2.7's message, or None's meaning
# where the method takes one (split, strip); join of a list holding None; None in a str.


def maybe(n):
    if n > 0:
        return "b"
    return None


def main(k):
    s = "abc"
    x = maybe(k)
    for name in ["startswith", "endswith", "find", "rfind", "index", "count", "split", "replace", "strip", "join", "plus", "in", "partition", "lstrip", "rsplit", "rindex", "eq", "mul"]:
        try:
            if name == "startswith":
                r = str(s.startswith(x))
            elif name == "endswith":
                r = str(s.endswith(x))
            elif name == "find":
                r = str(s.find(x))
            elif name == "rfind":
                r = str(s.rfind(x))
            elif name == "index":
                r = str(s.index(x))
            elif name == "rindex":
                r = str(s.rindex(x))
            elif name == "count":
                r = str(s.count(x))
            elif name == "split":
                r = str(s.split(x))
            elif name == "rsplit":
                r = str(s.rsplit(x))
            elif name == "replace":
                r = s.replace(x, "z")
            elif name == "strip":
                r = s.strip(x)
            elif name == "lstrip":
                r = s.lstrip(x)
            elif name == "join":
                r = x.join(["1", "2"]) if k > 5 else s.join([x, x])
            elif name == "plus":
                r = s + x
            elif name == "in":
                r = str(x in s)
            elif name == "partition":
                r = str(s.partition(x))
            elif name == "eq":
                r = str(s == x)
            else:
                r = str(s * 2 + x)
            print name, r
        except TypeError as e:
            print name, "TypeError", e


def entry_point(argv):
    main(len(argv))
    main(len(argv) - 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
