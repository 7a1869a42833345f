# --gc=gen (tests/errors/CMakeLists.txt): an instance built at import time (a prebuilt constant
# of the binary, outside the collector's heap): refused.
class Config(object):
    def __init__(self, n):
        self.n = n


CONFIG = Config(3)


def main():
    print(CONFIG.n)


main()
