# --gc=gen (tests/errors/CMakeLists.txt): an instance given to a builtin (str() may run its
# __str__, which may allocate while the builtin holds it): refused.
class V(object):
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "V(%d)" % self.x


def main():
    print(str(V(2)))


main()
