# --gc=gen (tests/errors/CMakeLists.txt): a dict keyed by instances is looked up with a key that is
# computed in the lookup (here an allocation): C++ may read the dict before the key's evaluation
# collects and moves it, so the key must be a variable: refused with that advice.
class K(object):
    pass


def main():
    d = {}
    k = K()
    d[k] = 1
    print(K() in d, len(d))


main()
