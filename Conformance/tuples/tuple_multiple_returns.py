# Functions returning tuples and swapping values
def min_max(values):
    lo = hi = values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi
def split_name(full):
    first, _, last = full.partition(" ")
    return first, last or None
def parse_time(s):
    h, m, sec = (int(x) for x in s.split(":"))
    return h, m, sec, h * 3600 + m * 60 + sec
print(min_max([3, 9, -2, 7]), min_max(["pear", "apple", "zoo"]))
print(split_name("Grace Hopper"), split_name("Plato"))
for t in ["00:00:01", "01:30:00", "23:59:59"]:
    h, m, s, total = parse_time(t)
    print(t, (h, m, s), total)
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b
print([fib_pair(n) for n in range(6)])
def seconds_to_hms(total):
    m, s = divmod(total, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
print(seconds_to_hms(3661), seconds_to_hms(86399), seconds_to_hms(0))
result = min_max([5])
print(result, type(result).__name__, result[0] is result[1])
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
arr = [5, 6, 7]
arr[0], arr[2] = arr[2], arr[0]
print(arr)
i, arr[i] = 1, 99
print(i, arr)
