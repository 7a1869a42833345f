# `k is A` / `k is not A` / `k is B` on a class value that may be None: the narrowed value keeps
# None where the test leaves it possible (Annotator::narrow_class_value).
class A:
    name = "a"


class B:
    name = "b"


class C:
    name = "c"


def pick(i):
    if i == 0:
        return None
    if i == 1:
        return A
    if i == 2:
        return B
    return C


def main():
    for i in range(4):
        k = pick(i)
        if k is not A:
            print(i, "not A", k is None, k.__name__ if k is not None else "-")
        else:
            print(i, "A", k.name)
        if k is B:
            print("  B", k.name)


main()
