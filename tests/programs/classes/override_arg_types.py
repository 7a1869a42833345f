# A method called through a base-class receiver reaches every override with the caller's
# arguments. Overrides whose parameters got different types elsewhere (a char here, a str there;
# an int here, a float there: a big int is not rounded through a double) each receive the caller's exact value, and a call through a
# subclass-typed receiver whose subclass has overrides of its own uses the same family.


class Base(object):
    def tag(self, a):
        return 'base:' + a

    def scale(self, n):
        return n


class Mid(Base):
    def tag(self, a):
        return 'mid:' + a * 2

    def scale(self, n):
        return n * 3


class Leaf(Mid):
    def tag(self, a):
        return 'leaf:' + a.upper()


class Other(Base):
    def tag(self, a):
        return 'other:' + a[::-1]

    def scale(self, n):
        return int(n * 2)


def pick(n):
    if n == 0:
        return Base()
    if n == 1:
        return Mid()
    if n == 2:
        return Leaf()
    return Other()


def pick_mid(n):
    if n == 0:
        return Mid()
    return Leaf()


def main():
    for i in range(4):
        print(pick(i).tag('x'))  # a char through the base
    for i in range(2):
        print(pick_mid(i).tag('yz'))  # a str through a subclass
    print(Other().tag('abc'), Leaf().tag('q'))
    big = 2 ** 60 + 1  # exact through an int slot, though Other.scale's n is a float
    print(pick(1).scale(big) - 3 * big, Mid().scale(big) % 1000)
    print(Other().scale(1.25))


if __name__ == '__main__':
    main()
