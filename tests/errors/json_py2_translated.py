# A Python 2 program may import json (an import nothing uses is accepted) but not call it:
# Python 2.7's json writes dicts in its own order, so rpy gives json to Python 3 scripts only.
import json


def main(argv):
    print json.dumps({"argc": len(argv)})
    return 0


def target(*args):
    return main, None
