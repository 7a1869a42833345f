# Variable-length tuples as dict keys and set members, meeting fixed tuples of the same items.
def neighbours(state):
    out = []
    for i in range(len(state) - 1):
        s = list(state)
        s[i], s[i + 1] = s[i + 1], s[i]
        out.append(tuple(s))
    return out


start = tuple([3, 1, 2, 4])
goal = tuple(sorted(start))
seen = {start}
frontier = [start]
steps = 0
while goal not in seen:
    nxt = []
    for st in frontier:
        for nb in neighbours(st):
            if nb not in seen:
                seen.add(nb)
                nxt.append(nb)
    frontier = nxt
    steps += 1
print("steps", steps, "seen", len(seen))
print(sorted(seen)[:5])

d = {}
d[(1, 2)] = "fixed"
d[tuple([3, 4, 5])] = "var"
print(d[tuple([1, 2])], d[(3, 4, 5)], (1, 2) in d, tuple([1]) in d)
print(d)

s = set()
s.add((1, 2))
s.add(tuple([1, 2]))
s.add(tuple([2, 1]))
s.add(())
print(len(s), sorted(s))
board = [0, 1, 0, 2]
history = set()
for k in range(4):
    board[k % 4] += 1
    history.add(tuple(board))
    if tuple(board) in history:
        print("seen", tuple(board))
print(max(history), min(history), len(history))
pairs = [tuple(w) for w in ["ba", "ab", "abc", "b"]]
print(sorted(pairs), max(pairs), min(pairs))
