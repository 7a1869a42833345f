#!/usr/bin/env python3
"""lib/rpython/rlib/rsha.py and rmd5.py against hashlib, on random byte strings of every length
around the 64-byte block boundaries, whole and fed in pieces."""
import hashlib
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib'))
from rpython.rlib import rmd5, rsha  # noqa: E402


def main():
    rnd = random.Random(20261125)
    failures = 0
    for n in list(range(0, 200)) + [1000, 4097]:
        s = ''.join(chr(rnd.randrange(256)) for _ in range(n))
        b = s.encode('latin-1')
        cut = rnd.randrange(0, n + 1)
        for name, mod, ref in (('sha1', rsha, hashlib.sha1), ('md5', rmd5, hashlib.md5)):
            whole = mod.new(s).hexdigest()
            d = mod.new(s[:cut])
            d.update(s[cut:])
            want = ref(b).hexdigest()
            if whole != want or d.hexdigest() != want or d.digest().encode('latin-1') != ref(b).digest():
                failures += 1
                print('MISMATCH %s of %d bytes' % (name, n))
    print('%d mismatches' % failures)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
