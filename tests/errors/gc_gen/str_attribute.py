# --gc=gen (tests/errors/CMakeLists.txt): an instance holding a string, which lives on Boehm's
# heap where the moving collector's objects are not scanned: refused until step 4.
class Named(object):
    def __init__(self, name):
        self.name = name


def main():
    print(Named("abc").name)


main()
