# e.args where the family's exceptions are made with tuples that share no type: () and
# (str, int) (a tuple of unknown length needs items of one type). Refused, naming the sites.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, msg, line):
        AppError.__init__(self, msg, line)


def check(xs):
    if not xs:
        raise AppError()
    if len(xs) > 3:
        raise AppError("too many", len(xs))
    if xs[0] < 0:
        raise ParseError("negative", 0)
    return sum(xs)


for xs in [[1], [], [1, 2, 3, 4], [-1]]:
    try:
        print(check(xs))
    except AppError as e:
        print(e.args)
