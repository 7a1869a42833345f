# json.dumps / json.dump in translated code: nested containers of different types (one encoder
# copy per type: refused before, "variable 'o' would get two incompatible types"), indent,
# separators, sort_keys, ensure_ascii, int keys, tuples, a file.
import json


class Cfg:
    def __init__(self):
        self.n = 2


data = {"name": ["rpy", "x"], "tags": ["a", "b"]}
print(json.dumps(data, sort_keys=True))
print(json.dumps([[1, 2], [3]], indent=2))
print(json.dumps({"a": {"b": [1.5, 2.0]}, "c": {}}, separators=(",", ":")))
print(json.dumps([(1, 2), (2, 3)]))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False), json.dumps(None), json.dumps(3.0))
print(json.dumps({1: True, 2: False}))
with open("/tmp/rpy-js-out.json", "w") as f:
    json.dump({"k": [1, 2, 3]}, f)
print(open("/tmp/rpy-js-out.json").read())
