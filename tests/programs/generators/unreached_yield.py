# A generator whose yield is never reached: its item type has no value, so a loop over it never
# runs its body, but the loop still asks for the first item: the generator's code runs until it
# returns or raises.
def raises_first(n):
    print('start', n)
    try:
        raise ValueError('x')
    except Exception:
        print('caught inside')
        raise
    for k in range(1):
        yield n


def returns_first(n):
    print('start', n)
    if n >= 0:
        return
    yield n


def main():
    try:
        for x in raises_first(3):
            print('never', x)
        print('not reached')
    except ValueError:
        print('ValueError')
    for x in returns_first(4):
        print('never', x)
    else:
        print('else')
    print('end')
    return 0


if __name__ == '__main__':
    main()
