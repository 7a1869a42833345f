# bytes % values: %s of an int raises TypeError in Python 3 (PEP 461: %s takes bytes); the
# types are known, so rpy refuses it with Python's message.
import sys

print(b"n=%s" % len(sys.argv))
