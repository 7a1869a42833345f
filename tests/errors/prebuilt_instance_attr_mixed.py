# Two instances built at import time give one attribute an int and a str.
class Box(object):
    def __init__(self, v):
        self.v = v


A = Box(1)
B = Box("s")


def main():
    print(A.v, B.v)


main()
