# functools.cmp_to_key() is supported as the key= of sorted() and list.sort(); min()/max() with it
# are refused, naming where it is supported (python3 prints 1).
import functools


def compare(a, b):
    return a - b


print(min([3, 1, 2], key=functools.cmp_to_key(compare)))
