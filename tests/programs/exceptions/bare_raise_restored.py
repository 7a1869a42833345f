# Python 3: a bare `raise` re-raises the exception being handled, which is the handler's own again
# once a nested handler has ended (py2_bare_raise_exc_info.py: Python 2's rule).
class A(Exception):
    pass


class B(Exception):
    pass


class Quiet:
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
                print("caught B", i)
        raise


def after_with(n):
    try:
        raise A("outer")
    except A:
        with Quiet():
            raise B("in with")
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
            print("the caller's", e)


def run(f, arg):
    try:
        f(arg)
    except A as e:
        print("A", e)
    except B as e:
        print("B", e)


run(after_nested, 1)
run(after_nested, 3)
run(after_with, 0)
from_caller()


def nothing_to_reraise():
    try:
        reraise_outside()
    except RuntimeError as e:
        print("RuntimeError", e)


nothing_to_reraise()
