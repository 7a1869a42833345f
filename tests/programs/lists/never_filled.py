# A list nothing is ever stored in (a comprehension whose condition is always false) has no item
# type of its own; sorted() of it, merged with a list of bools, is an empty list of bools. A test
# of type(x) against a class x can never be is false, and its branch is never taken.
G = [1, 2, 3]


class A(object):
    def kind(self):
        if type(self) is C:
            return 'never'
        return 'a'


class B(A):
    pass


class C(object):
    pass


def main():
    v = [False for c in G if 31 == -6]
    v = sorted(v)[:24]
    w = [x for x in v[:]]
    w.append(True)
    v, w = w, v
    print(v, w, len(v) >= 0)
    print(A().kind(), B().kind(), C() is not None)


if __name__ == '__main__':
    main()
