# Positional sub-patterns of a class from another module: rpy reads __match_args__ from the
# classes the module defines, so it asks for keyword sub-patterns.
import datetime


def year_of(d):
    match d:
        case datetime.date(y, m, day):
            return y
    return 0


print(year_of(datetime.date(2024, 1, 2)))
