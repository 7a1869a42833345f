# check-traceback
# A format spec applied to a number that may be None: the number's own formatting while it holds
# one; for None, object.__format__ refuses any spec (TypeError), and an empty spec or a
# conversion (!r, !s) prints None.
import sys

n = None
if len(sys.argv) < 50:
    n = 42
print(f"[{n:5}] [{n:<6}] [{n:05d}] [{n:x}] [{n:.2f}]")
print("[{:>8}] [{:^7}]".format(n, n), format(n, "+"))
m = None
if len(sys.argv) > 50:
    m = 2.5
print(f"[{m}] [{m!r:>6}] [{m!s:<6}] [{m:}]")
print("[{}] [{!r:>7}]".format(m, m))
print(f"[{m:8.3f}]")
