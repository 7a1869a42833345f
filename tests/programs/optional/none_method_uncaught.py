# check-traceback
# A method of a str that may be None, uncaught: Python's AttributeError and traceback (the
# binary died of a segmentation fault).


def name_of(n):
    if n > 2:
        return "item%d" % n
    return None


def shout(n):
    s = name_of(n)
    return s.upper()


for n in (5, 4, 1):
    print(shout(n))
