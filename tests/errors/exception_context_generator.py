def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")


try:
    for x in gen():
        print(x)
except ValueError as e:
    print(repr(e.__context__))
