def area(width, height):
    return width * height


def entry_point(argv):
    print(area(2, 3, 4))
    return 0


def target(*args):
    return entry_point, None
