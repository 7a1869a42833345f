def f(n):
    raise ValueError("n") from n


f(3)
