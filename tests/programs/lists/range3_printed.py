# Python 3: print(range(3)) prints range(0, 3); was refused before ranges were objects
def main():
    print(range(3))


main()
