# --gc=gen (tests/errors/CMakeLists.txt): a class with __del__ (finalizers on rpy's own collector
# are step 4 of docs/GC.md): refused.
class Res(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("closing", self.n)


def main():
    r = Res(1)
    print(r.n)


main()
