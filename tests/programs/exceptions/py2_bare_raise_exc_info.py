# python2
# py2-differs: Python 3 restores the handler's exception when a nested handler ends
# A bare `raise` re-raises Python 2's sys.exc_info(): the exception its frame caught last. An
# except clause that ends does not restore the one before it; a function that caught something
# restores its caller's when it returns. (bare_raise_restored.py: Python 3's rule.)
class A(Exception):
    pass


class B(Exception):
    pass


class Quiet(object):
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return True


def after_nested(n):
    try:
        raise A("a%d" % n)
    except A:
        for i in range(n):
            try:
                if i == 1:
                    raise B("b%d" % i)
            except B:
                print "caught B", i
        raise


def after_with(n):
    try:
        raise A("outer")
    except A:
        with Quiet():
            raise B("in with")
        raise


def catches_and_returns():
    try:
        raise B("callee")
    except B:
        return 1


def after_call(n):
    try:
        raise A("caller")
    except A:
        catches_and_returns()
        raise


def reraise_outside():
    raise


def from_caller():
    try:
        raise A("caller's")
    except A:
        try:
            reraise_outside()
        except A as e:
            print "the caller's", e


def after_handler_ended(n):
    try:
        if n:
            raise B("ended")
    except B:
        print "handled"
    raise


def run(f, arg):
    try:
        f(arg)
    except A as e:
        print "A", e
    except B as e:
        print "B", e
    except TypeError as e:
        print "TypeError", e


def entry_point(argv):
    run(after_nested, 1)
    run(after_nested, 3)
    run(after_with, 0)
    run(after_call, 0)
    from_caller()
    run(after_handler_ended, 1)
    run(after_handler_ended, 0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
