# --gc=gen (tests/errors/CMakeLists.txt): a dict keyed by instances (hashed by address, which a
# moving collector changes): refused.
class K(object):
    pass


def main():
    d = {}
    k = K()
    d[k] = 1
    print(len(d))


main()
