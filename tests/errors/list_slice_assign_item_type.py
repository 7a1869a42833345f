# slice assignment and extend() of a list of another item type: refused by name (the C++ did not compile: 'internal error')
def main():
    a = list(range(10))
    a[2:5] = ["x", "y"]
    print(a)
    b = [1, 2, 3]
    b.extend(["q"])
    print(b)
main()
