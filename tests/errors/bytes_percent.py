# bytes % values is not translated yet: the message says what to write instead.
import sys

print(b"n=%d" % len(sys.argv))
