"""rpy's version of rpython.rlib.rtimer: a timestamp counter for measuring durations.

read_timestamp()      an int that grows with the processor time the process used, in the unit
                      get_timestamp_unit() tells (UNIT_NS: nanoseconds); only differences
                      between two readings mean something, as with RPython's (which reads the
                      CPU's cycle counter when translated);
get_timestamp_unit()  UNIT_NS.
"""

from rpython.rlib import rtime
from rpython.rlib.rarithmetic import intmask

UNIT_TSC = 0
UNIT_NS = 1
UNIT_QUERY_PERFORMANCE_COUNTER = 2


def read_timestamp():
    return intmask(int(rtime.clock() * 1000000000.0))


def get_timestamp_unit():
    return UNIT_NS
