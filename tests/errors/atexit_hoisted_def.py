# A script's decorated def after the cut: Python registers the handler only when the running
# program reaches the def (here never, after sys.exit), so rpy cannot register it while importing.
import atexit
import sys

print("start")
if len(sys.argv) < 5:
    sys.exit(0)


@atexit.register
def bye():
    print("bye")
