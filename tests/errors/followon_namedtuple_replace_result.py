# p._replace(z=...) of a field the namedtuple lacks always raises ValueError: refused once, and the
# uses of its result say nothing more (it was also "_replace() is not supported").
from collections import namedtuple

Config = namedtuple("Config", "host port")


def with_timeout(cfg, seconds):
    return cfg._replace(timeout=seconds)


def main():
    base = Config("localhost", 8080)
    c = with_timeout(base, 30)
    print(c.host, c.port + 1)


main()
