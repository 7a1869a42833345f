# A finally body may start from any state of the try body, of its else clause and of its
# handlers: a handler that assigns a variable and then re-raises (or breaks, continues or
# returns) hands that value to finally. A break or continue inside the try passes through finally,
# so the loop's exit and head see what the finally body assigned.
def reraise(n):
    v = None
    i = 0
    while i < 3:
        i += 1
        try:
            if n > 0:
                raise ValueError('x')
        except ValueError:
            v = 'a'
            raise
        finally:
            print('finally', v is None)
            if v is None:
                break
        print('after', i)
    return 2


def in_else(n):
    w = None
    try:
        try:
            print('try', n)
        except KeyError:
            pass
        else:
            w = 'else'
            if n > 0:
                raise ValueError('e')
        finally:
            print('finally', w)
    except ValueError:
        print('caught', w)
    return 0


def break_through(n):
    r = None
    while True:
        try:
            print('in try', n)
            break
        finally:
            r = 'set at %d' % n
    print('after loop', r)
    return 0


def continue_through(n):
    k = 0
    s = None
    i = 0
    while i < 3:
        i += 1
        if s is not None:
            print('head sees', s)
        try:
            continue
        finally:
            s = 'kept %d' % i
    print('last', s, k)
    return 0


def main():
    for n in [0, 1]:
        try:
            print(reraise(n))
        except ValueError:
            print('raised', n)
        in_else(n)
        break_through(n)
        continue_through(n)
    return 0


if __name__ == '__main__':
    main()
