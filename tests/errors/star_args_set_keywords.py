# A call with keyword arguments through a set holding a function of *args only: Python would
# raise TypeError in that one; rpy refuses the call.
def total(*args):
    return sum(args)


def pair(a, b):
    return a * 100 + b


def main():
    for f in [pair, total]:
        print(f(a=1, b=2))


main()
