# rpython.rlib.rsha and rmd5: SHA-1 and MD5 digests (tests/lib/check_hashes.py checks the same
# code against hashlib).
from __future__ import print_function
from rpython.rlib import rsha, rmd5


def entry_point(argv):
    for s in ["", "abc", "The quick brown fox jumps over the lazy dog", "x" * 55, "y" * 64, "z" * 200]:
        print(rsha.new(s).hexdigest(), rmd5.new(s).hexdigest())
    d = rsha.new("hello ")
    e = d.copy()
    d.update("world")
    e.update("there")
    print(d.hexdigest(), e.hexdigest(), len(d.digest()), rsha.digest_size)
    m = rmd5.md5()
    for i in range(100):
        m.update(str(i))
    print(m.hexdigest(), len(m.digest()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
