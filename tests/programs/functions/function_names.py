class K:
    def meth(self):
        return 1


def deco(fn):
    def wrapper():
        return fn()
    return wrapper


@deco
def hello():
    return 2


def outer():
    def inner():
        return 3
    return inner


sq = lambda x: x * x
inner = outer()


def main():
    print(K.meth.__name__, K.meth.__qualname__)
    print(hello.__name__, hello.__qualname__)
    print(sq.__name__, sq.__qualname__, inner.__qualname__, outer.__doc__)
    fs = [hello, inner]
    print([f.__name__ for f in fs])
    print([f.__qualname__ for f in fs])
    print(main.__module__)


main()
