# python2
# A one-item tuple of a call whose argument the annotator folds: the hoisted call's temporary and
# the tuple's construction must not read as a C++ declaration (`std::tuple<bool>(v);`).
log = []


def tr(tag, v):
    log.append(tag)
    return v


def only_len():
    b = (tr('s', 2 <= -2),)
    print len(b)


def entry_point(argv):
    only_len()
    b = (tr('t', 2 <= -2),)
    print len(b), b, log
    c = (tr('u', 3 > 1),)
    print c, log
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
