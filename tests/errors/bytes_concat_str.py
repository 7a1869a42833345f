# Python 3: bytes + str raises TypeError; rpy knows both types and refuses it.
import sys

header = b"len=" + str(len(sys.argv))
print(header)
