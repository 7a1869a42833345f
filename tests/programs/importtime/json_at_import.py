# json while a script is imported: dumps (separators, indent as int and str, sort_keys, key
# conversion, ensure_ascii escapes with surrogate pairs, NaN/Infinity, default=, skipkeys, the
# errors) and loads (numbers, escapes, duplicate keys, hooks, every decoding error with its line,
# column and char); the texts are printed at run time.
import json
from collections import OrderedDict

OUT = []
OUT.append(json.dumps({'b': [1, 2.5, None, True], 'a': {'x': 'y\n"\u00e9\U0001f600\x7f\x01'}, 3: 'k', 1.5: 2, None: 0, False: 1}))
OUT.append(json.dumps([1, [2, {}], [], {"k": []}, (3, 4)], indent=2))
OUT.append(json.dumps({"b": 1, "a": [2, 3]}, sort_keys=True, indent="\t", separators=(',', '= ')))
OUT.append(json.dumps({"z": 1, "y": {"x": None}}, indent=0))
OUT.append(' '.join([json.dumps(float('nan')), json.dumps(1e100), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(0.1),
                     json.dumps('\u00e9', ensure_ascii=False), json.dumps(float('-inf'))]))
OUT.append(json.dumps({'a': 1, (1, 2): 3}, skipkeys=True) + json.dumps({1, 2} if False else [1], separators=(',', ':')))
OUT.append(json.dumps(OrderedDict([('q', 1), ('p', 2)])) + json.dumps(object(), default=lambda o: 'obj'))
for bad in [{1: object()}, {(1, 2): 3}, [float('nan')]]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        OUT.append(type(e).__name__ + ': ' + str(e))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    OUT.append(str(e))
OUT.append(repr(json.loads('{"a": [1, 2.5e3, -3, true, false, null, "x\\u00e9\\ud83d\\ude00\\n\\/"], "a": 7, "n": NaN, "i": -Infinity}')))
OUT.append(repr(json.loads(' [ 1 , { "a" : 2 } , 1E+2, -0, 1.5e-3, "" ] ')))
OUT.append(repr(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list)) + repr(json.loads('{"b": 1}', object_hook=lambda d: sorted(d))))
OUT.append(repr(json.loads('[1.5, 2]', parse_float=str, parse_int=float)))
for t in ['', '[1,', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '[1] x', '"a\\qb"', '"\\u12"', 'tru', '{"a":1,}', '[1,]', '"a\tb"',
          '-', '01', '1.', '1e', '{"a":1 "b":2}', '"ab\\u12"', '"ab\\x"', '"ab\\uzzzz1"', '["a",', '{"a":', '{"a"',
          '{', '[', '"', 'nul', '[\n  1,\n  2\n  x]']:
    try:
        json.loads(t)
        OUT.append(repr(t) + ' ok')
    except json.JSONDecodeError as e:
        OUT.append('%r %s | %s %d %d %d' % (t, e, e.msg, e.pos, e.lineno, e.colno))
try:
    json.loads('\ufeff[1]')
except ValueError as e:
    OUT.append('BOM: ' + str(e))
print('\n'.join(OUT))
