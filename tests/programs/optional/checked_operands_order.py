# An operand that may be None, read where its value is needed, raises Python's TypeError only
# after every operand of its node ran (left to right): whichever side it is on, whether it is a
# call or a local, in arithmetic, comparisons, subscripts, augmented assignment and builtin calls.


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def offset(tag):
    print("offset", tag)
    return 1


def items(tag):
    print("items", tag)
    return [10, 20, 30]


def attempt(n, x):
    try:
        if n == 0:
            print(x + offset("local on the left"))
        elif n == 1:
            print(offset("local on the right") * x)
        elif n == 2:
            print(find([4, 5], 7) - offset("call on the left"))
        elif n == 3:
            print(offset("call on the right") - find([4, 5], 7))
        elif n == 4:
            print(items("subscripted")[x])
        elif n == 5:
            print(x < offset("compared"))
        elif n == 6:
            y = x
            y += offset("augmented")
            print(y)
        elif n == 7:
            print(list(range(x, offset("range") + 3)))
        elif n == 8:
            print(x // offset("floor division"))
        elif n == 9:
            print(find([4, 5], 7) + find([4, 5], 9) + offset("three operands"))
        elif n == 10:
            print(items("both checked")[find([1], 2)] + offset("after both"))
    except TypeError as e:
        print("TypeError:", e)


for n in range(11):
    attempt(n, find([4, 5], 99))
    attempt(n, find([4, 5], 5))
