# str.title() of text that is not ASCII at import time: the evaluator maps ASCII letters only,
# so it refuses rather than leave 'é' unchanged (Python gives 'Été').
NAME = 'été'.title()


def main():
    print(NAME)


main()
