# map(), filter(), islice(), accumulate(), groupby(), zip_longest() take iter() of their iterables
# when called, and product(), permutations(), combinations() read them whole then: an iterable
# that is None raises TypeError at the call, before anything is printed.
import sys
import functools
import itertools


def maybe(n):
    if n > 0:
        return [n, n + 1]
    return None


def main(k):
    x = maybe(k)
    try:
        r = map(str, x)
        print('map', 'made')
        print('map', list(r))
    except TypeError as e:
        print('map', 'TypeError', e)
    try:
        r = map(max, [1, 2], x)
        print('map2', 'made')
        print('map2', list(r))
    except TypeError as e:
        print('map2', 'TypeError', e)
    try:
        r = filter(lambda v: v > 1, x)
        print('filter', 'made')
        print('filter', list(r))
    except TypeError as e:
        print('filter', 'TypeError', e)
    try:
        r = filter(None, x)
        print('filternone', 'made')
        print('filternone', list(r))
    except TypeError as e:
        print('filternone', 'TypeError', e)
    try:
        r = zip(x)
        print('zip1', 'made')
        print('zip1', list(r))
    except TypeError as e:
        print('zip1', 'TypeError', e)
    try:
        r = zip([5, 6], x)
        print('zip2', 'made')
        print('zip2', list(r))
    except TypeError as e:
        print('zip2', 'TypeError', e)
    try:
        r = enumerate(x)
        print('enumerate', 'made')
        print('enumerate', list(r))
    except TypeError as e:
        print('enumerate', 'TypeError', e)
    try:
        r = reversed(x)
        print('reversed', 'made')
        print('reversed', list(r))
    except TypeError as e:
        print('reversed', 'TypeError', e)
    try:
        r = iter(x)
        print('iter', 'made')
        print('iter', list(r))
    except TypeError as e:
        print('iter', 'TypeError', e)
    try:
        r = sorted(x)
        print('sorted', 'made')
        print('sorted', list(r))
    except TypeError as e:
        print('sorted', 'TypeError', e)
    try:
        r = itertools.islice(x, 1)
        print('islice', 'made')
        print('islice', list(r))
    except TypeError as e:
        print('islice', 'TypeError', e)
    try:
        r = itertools.chain([0], x)
        print('chain', 'made')
        print('chain', list(r))
    except TypeError as e:
        print('chain', 'TypeError', e)
    try:
        r = itertools.chain.from_iterable([x])
        print('chainfi', 'made')
        print('chainfi', list(r))
    except TypeError as e:
        print('chainfi', 'TypeError', e)
    try:
        r = itertools.product(x, [1])
        print('product', 'made')
        print('product', list(r))
    except TypeError as e:
        print('product', 'TypeError', e)
    try:
        r = itertools.permutations(x, 2)
        print('perm', 'made')
        print('perm', list(r))
    except TypeError as e:
        print('perm', 'TypeError', e)
    try:
        r = itertools.combinations(x, 2)
        print('comb', 'made')
        print('comb', list(r))
    except TypeError as e:
        print('comb', 'TypeError', e)
    try:
        r = itertools.accumulate(x)
        print('accum', 'made')
        print('accum', list(r))
    except TypeError as e:
        print('accum', 'TypeError', e)
    try:
        r = itertools.zip_longest(x, [1])
        print('zipl', 'made')
        print('zipl', list(r))
    except TypeError as e:
        print('zipl', 'TypeError', e)
    try:
        g = itertools.groupby(x)
        print('groupby', 'made')
        print('groupby', [k for k, v in g])
    except TypeError as e:
        print('groupby', 'TypeError', e)
    try:
        print('reduce', functools.reduce(max, x))
    except TypeError as e:
        print('reduce TypeError', e)


main(len(sys.argv))
main(len(sys.argv) - 1)
