# One function given a range and a list: the parameter gets a graph per kind (split_rules.cpp);
# python3 prints range(0, 4) and [1, 2], never the range as a list.
def show(xs):
    print(xs, len(xs))


def main():
    show(range(4))
    show([1, 2])


main()
