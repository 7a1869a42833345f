# python2
# Python 2.7's BaseException.__new__ leaves the arguments empty: only BaseException.__init__ sets
# them. An exception class whose own __init__ does not call the base's has str(e) == '' and
# e.message == '' (Python 3 keeps the constructor's arguments: see init_skips_base.py).
class Quiet(Exception):
    def __init__(self, code):
        self.code = code


class QuietChild(Quiet):
    pass


class Loud(Exception):
    def __init__(self, code, extra):
        Exception.__init__(self, code)
        self.extra = extra


class LoudChild(Loud):
    def __init__(self, code):
        Loud.__init__(self, code, code * 2)


class Plain(Exception):
    pass


class QuietKey(KeyError):
    def __init__(self, key):
        self.key = key


def fail(n):
    if n == 0:
        raise Quiet(10)
    if n == 1:
        raise QuietChild(11)
    if n == 2:
        raise Loud(12, 7)
    if n == 3:
        raise LoudChild(13)
    if n == 4:
        raise Plain(14)
    raise QuietKey('k')


def main():
    for n in range(6):
        try:
            fail(n)
        except Quiet as e:
            print 'quiet', repr(str(e)), len(str(e)), repr(e.message), e.code
        except Loud as e:
            print 'loud', repr(str(e)), e.extra
        except Plain as e:
            print 'plain', repr(str(e))
        except QuietKey as e:
            print 'key', repr(str(e)), e.key
    e = Quiet(5)
    print '[%s]' % str(e), e.code
    return 0


def entry_point(argv):
    return main()


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(None)
