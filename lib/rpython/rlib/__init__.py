"""rpy's version of rpython.rlib: the runtime support modules RPython programs
import (jit, objectmodel, rarithmetic, rstring, debug, streamio, unroll,
rfloat, rrandom, listsort, rposix, rsignal, rtime, rtimer, rpath, rStringIO, mutbuffer, longlong2float...)."""
