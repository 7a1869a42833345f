# zip(), list(), dict(zip(...)) and enumerate(zip(...)) over instances of iterator classes (__iter__
# returning self or another iterator instance, __next__ raising StopIteration).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Words:
    def __init__(self, text):
        self.words = text.split()

    def __iter__(self):
        return WordIter(self.words)


class WordIter:
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration
        w = self.words[self.i]
        self.i += 1
        return w


def main():
    for n, w in zip(Countdown(5), Words("alpha beta gamma")):
        print(n, w)
    pairs = list(zip(Words("a b c d"), range(10), Countdown(3)))
    print(pairs)
    print(dict(zip(Words("x y z"), Countdown(3))))
    for i, (a, b) in enumerate(zip(Countdown(2), Countdown(4))):
        print(i, a, b)

    print(sorted(Countdown(4)), sum(Countdown(4)), list(Countdown(2)), max(Countdown(3)))
    print(list(enumerate(Words("p q"))), sorted(Words("b a c")))


main()
