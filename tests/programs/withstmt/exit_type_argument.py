# __exit__ receives the exception's class (it received the instance: `exc_type is KeyError` was
# False, so the exception was not suppressed; .__name__ and issubclass() were refused), None
# when the block ends normally.
class T:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(self.name, "clean")
            return False
        print(self.name, "exit", exc_type.__name__, exc, issubclass(exc_type, LookupError))
        return exc_type is KeyError


class U:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("U", typ is not None, typ is ValueError)
        if typ:
            print("U name", typ.__name__)
        return False


def main():
    with T("a"):
        pass
    with T("b"):
        {}["k"]
    try:
        with T("c"):
            [][1]
    except IndexError:
        print("caught index")
    try:
        with U():
            raise ValueError("v")
    except ValueError:
        print("caught")
    with U():
        pass
main()
