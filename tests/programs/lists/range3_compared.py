# Python 3: range(3) == [0, 1, 2] is False (a range object is not a list); was refused before ranges were objects
def main():
    print(range(3) == [0, 1, 2])


main()
