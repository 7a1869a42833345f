def pick(n):
    fs = [lambda x, a=n: x + a, lambda x, b=n * 2: x * b]
    return fs

def main():
    fs = pick(3)
    print([f(2) for f in fs])
    print([f(2, 1) for f in fs])
main()
