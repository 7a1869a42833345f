# yield inside except and finally clauses of generators: a bare raise re-raises after the
# yield, an exception no handler matches goes on, the finally body runs on every exit.
import sys


def gen(n):
    try:
        if n > 0:
            raise ValueError('v')
        yield 1
    except ValueError:
        yield 2
    finally:
        yield 3


def gen2(n):
    for i in range(n):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except (KeyError, IndexError) as e:
            yield -1
            if i == 3:
                raise
        finally:
            yield 100


def gen3():
    try:
        yield 1
        raise IndexError('i')
    except ValueError:
        yield 2


def main():
    print(list(gen(0)), list(gen(1)))
    try:
        for x in gen2(5):
            print(x)
    except KeyError as e:
        print('KeyError', e)
    try:
        print(list(gen3()))
    except IndexError as e:
        print('IndexError', e)
    return 0


if __name__ == '__main__':
    sys.exit(main())
