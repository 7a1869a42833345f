# A range's start/stop/step are read-only (AttributeError in Python): refused.
def main():
    r = range(3)
    print(r.start, r.stop, r.step, r)
    for x in r:
        print(x)
    try:
        r.start = 5
        print(r)
    except AttributeError:
        print("AttributeError")
main()
