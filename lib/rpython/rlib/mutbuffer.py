"""rpy's version of rpython.rlib.mutbuffer: MutableStringBuffer, a string of a fixed size filled
in place.

MutableStringBuffer(size) starts as size NUL characters; setitem(index, char) and
setslice(start, s) write into it; getlength() is size; finish() returns the string and may be
called once (a second call raises ValueError, as RPython's does); as_str() raises ValueError.
typed_write (raw stores through llop) has no equivalent in rpy.
"""


class MutableStringBuffer(object):
    def __init__(self, size):
        self.readonly = False
        self.size = size
        self._chars = ['\x00'] * size
        self._finished = False

    def getlength(self):
        return self.size

    def finish(self):
        if self._finished:
            raise ValueError("Cannot call finish() twice")
        self._finished = True
        self.readonly = True
        return ''.join(self._chars)

    def as_str(self):
        raise ValueError('as_str() is not supported. Use finish() instead')

    def setitem(self, index, char):
        self._chars[index] = char

    def setslice(self, start, string):
        for i in range(len(string)):
            self._chars[start + i] = string[i]
