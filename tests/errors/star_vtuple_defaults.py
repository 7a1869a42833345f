def area(w, h=1):
    return w * h


def main():
    dims = tuple(int(x) for x in "3 4".split())
    print(area(*dims))


main()
