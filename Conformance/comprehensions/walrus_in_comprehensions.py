# Assignment expressions inside comprehensions
data = ["10", "x", "25", "", "7", "-3", "4.5"]
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None
parsed = [v for s in data if (v := to_int(s)) is not None]
print(parsed, v)
values = [3, 8, 1, 9, 4]
running = 0
sums = [running := running + x for x in values]
print(sums, running)
words = ["alpha", "be", "gamma", "pi", "epsilon"]
long_lengths = [(w, n) for w in words if (n := len(w)) > 2]
print(long_lengths, n)
lines = ["key1=val1", "junk", "key2=val2", "k3="]
pairs = {m[0]: m[2] for line in lines if (m := line.partition("="))[1]}
print(pairs)
stream = iter([5, 3, 0, 8, 2])
batch = []
while (item := next(stream, None)) is not None and item != 0:
    batch.append(item)
print(batch, item, list(stream))
scores = [55, 72, 91, 38, 84]
print([(s, g) for s in scores if (g := "pass" if s >= 60 else "fail") == "pass"])
text = "the rain in spain"
if (count := text.count("ain")) > 1:
    print("ain appears", count, "times")
print([y for x in range(6) if (y := x * x) % 2 == 0])
