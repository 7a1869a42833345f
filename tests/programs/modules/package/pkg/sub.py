def double(x):
    return x * 2


NAME = "pkg.sub"
