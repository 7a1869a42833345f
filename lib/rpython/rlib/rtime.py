"""rpy's version of rpython.rlib.rtime: time(), clock() and sleep() as the time module's.

time()        seconds since the epoch (time.time());
clock()       the processor time of the process (Python 2's time.clock(); Python 3's
              time.process_time(), which Python 3 has in its place);
sleep(secs)   waits that many seconds.
"""

import sys
import time as _time


def time():
    return _time.time()


if sys.version_info[0] >= 3:
    def clock():
        return _time.process_time()
else:
    def clock():
        return _time.clock()


def sleep(secs):
    _time.sleep(secs)
