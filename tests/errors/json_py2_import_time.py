# json called while a Python 2 program is imported: refused too (Python 2.7's json output
# differs from the one rpy has).
import json

CONFIG = json.loads('{"size": 3}')


def main(argv):
    print CONFIG["size"]
    return 0


def target(*args):
    return main, None
