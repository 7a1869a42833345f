# Negating a negative constant or a negated expression: C++ must never see `--x`.


def f(n, x):
    return (-(-n), -(-5), - -n, -(-(-n)), -(n - 1), +(-n), -(+n), ~(-n), -(~n),
            -(-2.5), -(-x), - -x, -(-(x * 2)), -(-1e300), -(-0.0))


if __name__ == '__main__':
    print(f(3, -1.25))
    print(f(-7, 4.5))
