# A with statement whose __exit__ returns True suppresses the exception: the code after it runs
# with the body's locals possibly unassigned (Python raises UnboundLocalError at the read), so the
# read is refused. (RPython's context managers never suppress; an __exit__ returning None is fine.)
class Swallow(object):
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return True


def f(n):
    with Swallow():
        if n > 2:
            raise ValueError("v")
        x = n
    return x


def entry_point(argv):
    print(f(len(argv)))
    return 0


def target(*args):
    return entry_point, None
