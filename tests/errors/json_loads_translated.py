# json.loads() in translated code: the document's type is known only at run time; rpy refuses it
# and says to parse it at import time (a constant) or to parse the text yourself.
import json


def total(text):
    data = json.loads(text)
    return sum(item["qty"] for item in data["items"])


print(total('{"items": [{"qty": 2}, {"qty": 5}]}'))
