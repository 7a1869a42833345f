# Python 3's BaseException.__new__ stores the constructor's arguments: an exception class whose
# own __init__ does not call the base's still has str(e) of them (Python 2.7 does not: see
# py2_init_skips_base.py).
class Quiet(Exception):
    def __init__(self, code):
        self.code = code


class QuietChild(Quiet):
    pass


class Loud(Exception):
    def __init__(self, code, extra):
        Exception.__init__(self, code)
        self.extra = extra


def fail(n):
    if n == 0:
        raise Quiet(10)
    if n == 1:
        raise QuietChild(11)
    raise Loud(12, 'x')


def main():
    for n in range(3):
        try:
            fail(n)
        except Quiet as e:
            print('quiet', repr(str(e)), len(str(e)), e.code)
        except Loud as e:
            print('loud', repr(str(e)), e.extra)
    return 0


if __name__ == '__main__':
    main()
