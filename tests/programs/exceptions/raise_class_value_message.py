# Exceptions made through a class value (`cls(msg)`, `raise kinds[k](...)`): the message and the
# arguments are kept as for a class named in the code (str(e), repr(e), e.args). rpy used to
# drop them: str(e) printed '' and repr(e) ValueError().


class AppError(Exception):
    pass


class NetError(AppError):
    pass


class DiskError(AppError):
    def __init__(self, path, code):
        AppError.__init__(self, "disk error on " + path, "code %d" % code)
        self.path = path


def fail(kind, msg):
    cls = AppError if kind == 0 else NetError
    raise cls(msg)


def note(msg):
    print("  making", msg)
    return msg


def main():
    for cls in (ValueError, TypeError, RuntimeError):
        try:
            raise cls("bad " + cls.__name__)
        except Exception as e:
            print("caught", e, repr(e))
    for k in range(2):
        try:
            fail(k, "oops %d" % k)
        except AppError as e:
            print("app", str(e), repr(e), e.args)
    kinds = [NetError, AppError]
    for k in range(2):
        try:
            raise kinds[k](note("first"), note("second"))
        except AppError as e:
            print("two", e, e.args, len(e.args))
    for cls in (NetError, AppError):
        try:
            raise cls()
        except AppError as e:
            print("none", repr(str(e)), repr(e), e.args)
    try:
        raise DiskError("/tmp/x", 28)
    except AppError as e:
        print("disk", e, e.args)


main()
