# Python 3's range is an object (prints range(0, 3), unequal to a list, immutable): rpy's range() is a list, refused where it would differ
def main():
    print(range(2) < range(3))


main()
