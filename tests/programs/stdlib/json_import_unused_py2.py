# python2
# args: ab cde
# An RPython program may import a module its translated code never uses: RPython imports the
# program with CPython while translating, so `import json` (left over, or used only by a test
# harness) is accepted; rpy refused the import itself. Python 2.7's json has no JSONDecodeError.
import sys
import json
from json import dumps

HAS_DECODE_ERROR = hasattr(json, "JSONDecodeError")
NAMES = [n for n in ("dump", "dumps", "load", "loads", "JSONDecoder", "JSONEncoder") if hasattr(json, n)]


def run(argv):
    total = 0
    for a in argv[1:]:
        total += len(a)
    print "decode error class:", HAS_DECODE_ERROR
    print "names:", len(NAMES)
    print "total:", total
    return 0


def target(*args):
    return run, None


if __name__ == "__main__":
    sys.exit(run(sys.argv))
