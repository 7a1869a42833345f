# Import-time code computes with unbounded ints; a result beyond a machine word cannot be a
# constant of translated code.
FACTORIAL_30 = 1
for i in range(1, 31):
    FACTORIAL_30 *= i


def entry_point(argv):
    print FACTORIAL_30 % 1000
    return 0


def target(*args):
    return entry_point, None
