# check-traceback
# A statement printed as several C++ lines (its container held in a temporary before the store,
# in a method inlined into its caller): the IndexError is reported at the statement's own line,
# not at the next line of the method.


class Stack:
    def __init__(self, n):
        self.items = [0] * n
        self.depth = 0

    def push(self, w):
        self.items[self.depth] = w
        self.depth += 1


def main():
    s = Stack(3)
    for i in range(5):
        s.push(i * 2)
        print(s.depth)


main()
