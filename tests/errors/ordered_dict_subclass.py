# A class deriving from OrderedDict is refused by name (OrderedDict itself is supported).
from collections import OrderedDict


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        OrderedDict.__setitem__(self, key, value)


d = LastUpdated()
d["a"] = 1
print(d)
