# The __name__ of a builtin type, read from type(x) or from the type itself.
def describe(x):
    return type(x).__name__ + ":" + str(x)


def main():
    print(type(3.0).__name__, type(3).__name__, type("s").__name__, type([1]).__name__, type({}).__name__)
    print(describe(2.5), describe(7.0), int.__name__, float.__name__, list.__name__)
    print("%s expected, got %s" % (int.__name__, type(True).__name__))


main()
