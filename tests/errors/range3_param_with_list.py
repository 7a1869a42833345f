# One function given a range and a list: its parameter cannot be both (python3 prints
# range(0, 4) and [1, 2]); refused with both origins, never printed as a list.
def show(xs):
    print(xs, len(xs))


def main():
    show(range(4))
    show([1, 2])


main()
