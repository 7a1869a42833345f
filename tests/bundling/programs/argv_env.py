# args: one "two words" 3
# The program's argv and environment are what they are without bundles: the bundle's own
# variable is gone before the program starts.
import os
import sys

print(sys.argv[1:])
print(os.path.basename(sys.argv[0]).endswith("-c") or sys.argv[0].endswith(".py"))
print("RPY_BUNDLE_PROGRAM" in os.environ)
