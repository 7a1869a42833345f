# A Python 3 range object cannot get new attributes (AttributeError in Python): refused.
def main():
    r = range(3)
    r.foo = 3
    print(r.foo)
main()
