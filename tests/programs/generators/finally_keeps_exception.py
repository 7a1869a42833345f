# A generator's finally body runs while an exception passes through it; the body allocates (the
# collector runs) and yields: the exception must stay alive until it is re-raised.
class Boom(Exception):
    def __init__(self, code, text):
        Exception.__init__(self, text)
        self.code = code
        self.text = text


def churn(n):
    total = 0
    for i in range(n):
        items = [str(i * 7 + j) for j in range(50)]
        total += len(items[-1])
    return total


def gen(k):
    try:
        yield 1
        raise Boom(k, 'boom %d' % k)
    finally:
        c = churn(4000)
        yield c
        churn(4000)


def main():
    for k in range(6):
        got = []
        try:
            for v in gen(k):
                got.append(v)
        except Boom as e:
            churn(2000)
            print(k, got, e.code, e.text, str(e))
    return 0


if __name__ == '__main__':
    main()
