# Python 3: ordering bytes against a str raises TypeError; rpy refuses it (== is fine: False).
import sys

key = sys.argv[0].encode()
print(key == "x", key < "x")
