# operator.itemgetter / attrgetter with constant keys in translated code (refused before: "builtin
# 'itemgetter' is not supported"): sort and min/max keys, map, dotted attribute names, one
# getter used on several types.
import operator
from operator import itemgetter, attrgetter


class P:
    def __init__(self, name, age, home):
        self.name = name
        self.age = age
        self.home = home


class Home:
    def __init__(self, city):
        self.city = city


rows = [(1, 'b', 2.5), (0, 'c', 1.0), (1, 'a', 3.0)]
print(sorted(rows, key=operator.itemgetter(1)))
print(sorted(rows, key=itemgetter(0, 2)))
print(max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d.items(), key=itemgetter(1), reverse=True))
people = [P("ann", 31, Home("Oslo")), P("bob", 25, Home("Bergen")), P("cy", 31, Home("Alta"))]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print([p.name for p in sorted(people, key=attrgetter("home.city"))])
get = itemgetter(1)
print(get("hello"), get([5, 6, 7]), list(map(itemgetter(0), rows)))
