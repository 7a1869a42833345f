# --gc=gen (tests/errors/CMakeLists.txt): generators run on the collector (docs/GC.md,
# "Generators"), but lib/std's lazy map(), zip() and filter() run their body again from a copy of
# their arguments kept where only Boehm's collector sees it: given an iterator that is an instance
# of the program's classes, refused.
class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def main():
    print(list(map(lambda x: x * 2, Countdown(3))))


main()
