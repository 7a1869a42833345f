import sys


class Shape:
    pass


class Square(Shape):
    def __eq__(self, other):
        return True


def main():
    s = Shape() if len(sys.argv) > 3 else Square()
    print(s == None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
