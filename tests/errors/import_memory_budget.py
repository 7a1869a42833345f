# Module-level code that grows without end stops at rpy's memory budget for import time.
CHUNKS = []
while True:
    CHUNKS.append('x' * (1 << 20))


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
