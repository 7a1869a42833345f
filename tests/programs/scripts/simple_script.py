import sys


def greet(name):
    return "Hello, " + name + "!"


if __name__ == '__main__':
    print(greet("script"))
    total = 0
    for i in range(10):
        total += i * i
    print("sum of squares:", total)
