# python2
# A one-item tuple of a call, in a function where the call must be hoisted: the statement
# expression's value must not read as a C++ declaration (`({ auto v = tr(...); std::tuple<bool>(v); })`
# declares v again). Checked: without the parentheses emit_order.cpp adds, this does not compile.
log = []


def tr(tag, v):
    log.append(tag)
    return v


def entry_point(argv):
    b = (tr('t', 2 <= -2),)
    print len(b)
    print b, log
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
