# A dict built while the module is imported, whose values are an int and a str: translated code
# cannot hold both (the conflict was lost once: the str was printed as its character code).
SETTINGS = {'size': 1, 'mode': 'x'}


def main():
    print(SETTINGS)


main()
