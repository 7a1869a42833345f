# collections.deque in translated code: both ends, rotation, maxlen, repr, a BFS queue.
from collections import deque


def bfs(grid, start):
    h = len(grid)
    w = len(grid[0])
    dist = [[-1] * w for _ in range(h)]
    dist[start[0]][start[1]] = 0
    q = deque([start])
    while q:
        y, x = q.popleft()
        for dy, dx in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            ny = y + dy
            nx = x + dx
            if 0 <= ny < h and 0 <= nx < w and grid[ny][nx] == "." and dist[ny][nx] < 0:
                dist[ny][nx] = dist[y][x] + 1
                q.append((ny, nx))
    return dist


def main():
    d = deque()
    for i in range(5):
        d.append(i)
        d.appendleft(-i)
    print(d, len(d), d[0], d[-1], 3 in d, 10 in d)
    print(d.pop(), d.popleft(), d)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d)
    d.rotate()
    print(d, list(d), sorted(d), sum(d))
    d.extend([7, 8])
    d.extendleft([10, 11])
    print(d, d.count(0), d.index(7))
    d.remove(0)
    d[1] = 99
    print(d, [x * 2 for x in d])
    e = d.copy()
    e.clear()
    print(e, d, bool(e), bool(d))
    last = deque(maxlen=3)
    for i in range(6):
        last.append(i)
    print(last)
    last.appendleft(100)
    print(last)
    s = deque("abc")
    s.extend("de")
    print(s, "".join(s))
    try:
        deque([0][:0]).pop()
    except IndexError as err:
        print("IndexError", err)
    try:
        d.remove(12345)
    except ValueError as err:
        print("ValueError", err)
    try:
        print(d[100])
    except IndexError as err:
        print("IndexError", err)
    # many appendlefts and poplefts: the room before the items
    q = deque()
    for i in range(1000):
        q.appendleft(i)
        if i % 3 == 0:
            q.pop()
    t = 0
    while q:
        t += q.popleft()
        if len(q) % 5 == 0:
            q.append(1)
            q.popleft()
    print(t)
    grid = ["..#....", ".##.##.", "...#...", ".#...#."]
    for row in bfs(grid, (0, 0)):
        print(row)


if __name__ == "__main__":
    main()
