# iter(callable, sentinel) stops when the callable returns the sentinel
data = [3, 1, 4, 1, 5, 0, 9, 2]
pos = [0]
def read_next():
    value = data[pos[0]]
    pos[0] += 1
    return value
values = list(iter(read_next, 0))
print(values, "position after:", pos[0])
lines = ["first", "second", "", "after blank"]
feed = iter(lines)
print(list(iter(lambda: next(feed), "")))
print("left over:", list(feed))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 5)
print(type(it).__name__, next(it), list(it), next(it, "stopped"))
print(counter)
chunks = iter("abcdefgh")
blocks = list(iter(lambda: "".join(c for _, c in zip(range(3), chunks)), ""))
print(blocks)
stack = [1, 2, 3]
popped = list(iter(lambda: stack.pop() if stack else None, None))
print(popped, stack)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
