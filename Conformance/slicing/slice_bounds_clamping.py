# Out-of-range slice bounds are clamped, never raise
xs = [10, 20, 30]
bounds = [-10, -4, -3, -1, 0, 1, 3, 4, 10]
for lo in bounds:
    row = []
    for hi in bounds:
        row.append(str(len(xs[lo:hi])))
    print(f"lo={lo:>3}: " + " ".join(row))
print(xs[-10:10], xs[10:-10], xs[-10:-10], xs[2:-10:-1], xs[-10:10:-1])
print("abc"[5:], "abc"[-5:], "abc"[1:100], "abc"[-100:-2], ""[0:10], ""[::-1])
print((1, 2)[3:], (1, 2)[-3:], range(5)[3:100], range(5)[-100:2])
def safe_head(seq, n):
    return seq[:n]
def safe_tail(seq, n):
    return seq[-n:] if n > 0 else seq[:0]
for n in [0, 1, 2, 5]:
    print(n, safe_head([1, 2, 3], n), safe_tail([1, 2, 3], n), safe_head("abc", n), safe_tail("abc", n))
print([1, 2, 3][-0:], [1, 2, 3][:-0], [1, 2, 3][0:-0])
def page(items, number, size):
    start = (number - 1) * size
    return items[start:start + size]
items = list(range(1, 24))
for p in range(1, 6):
    print("page", p, page(items, p, 5))
try:
    print(xs[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(xs[-4])
except IndexError as e:
    print(type(e).__name__, e)
