# Methods with *args: overridden ones called through the base with different numbers of extra
# arguments (one virtual slot per arity), and a method whose extra arguments are a char at one
# call and a str at another (the tuple is widened item by item).


class A(object):
    def m(self, a, *rest):
        return a + len(rest)

    def join(self, sep, *parts):
        return sep.join(list(parts))


class B(A):
    def m(self, a, *rest):
        return a * 10 + len(rest)


def main():
    total = 0
    for x in [A(), B()]:
        total += x.m(1, 'p')
        total += x.m(2, 'p', 'q', 'r')
        print(x.m(3), total)
    a = A()
    print(a.join('-', 'x', 'y'), a.join('+', 'long', 'er'), a.join('/', 'q', 'rs'))
    bound = [a.m, B().m]
    print([f(4, 'u') for f in bound])


if __name__ == '__main__':
    main()
