# "%(name)s ..." % {display}: the values of a dict display may have different types (a str and an
# int, as programs write them); they are evaluated in order, each once, named any number of times.
log = []


def v(tag, x):
    log.append(tag)
    return x


def main():
    owner, bal = "ann", 1591
    print("%(kind)s %(owner)-6s %(bal)8d" % {"kind": "S", "owner": owner, "bal": bal})
    print("%(a)s-%(a)s %(b).2f %%" % {"b": v("b", 2), "a": v("a", 7), "unused": v("u", 3)}, log)
    print("%(n)05d|%(s)r|%(f)e" % {"n": 42, "s": "it's", "f": 12345.678, "n": 43})


main()
