# A generator with a yield inside try/finally kept in a variable and left unfinished: CPython runs
# the finally when the object dies (here at main's return, printing "finally 3" before "after");
# rpy does not track that yet and refuses the call by name rather than lose the output.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


def main():
    g = gen(3)
    print(next(g))


main()
print("after")
