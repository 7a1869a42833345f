# A function looked up in a list of other functions: not found (rpy renumbered it as the list's
# first function, so g in [f] was True and [f].index(g) was 0).
def f():
    return 1


def g():
    return 2


def h():
    return 3


def main():
    fs = [f]
    both = [f, h]
    print(g in fs, f in fs, g not in fs, fs.count(g), fs.count(f), g in both, h in both, both.index(h))
    try:
        print(fs.index(g))
    except ValueError:
        print("g is not in fs")
    handlers = {"f": f, "h": h}
    print(handlers["h"] in fs, handlers["f"] in fs, [k for k in sorted(handlers) if handlers[k] in both])


main()
