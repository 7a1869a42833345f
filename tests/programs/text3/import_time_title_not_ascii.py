# str.title() of text that is not ASCII at import time: the evaluator refused it (it mapped ASCII
# letters only); it now maps code points as the runtime does, and prints 'Été' as python3.
NAME = 'été'.title()


def main():
    print(NAME)


main()
