# Summary statistics over a list of measurements
data = [12.5, 15.25, 9.75, 22.0, 18.5, 15.25, 11.0, 30.125, 7.5, 15.25]
n = len(data)
mean = sum(data) / n
ordered = sorted(data)
if n % 2:
    median = ordered[n // 2]
else:
    median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=counts.get)
print("n", n)
print("mean", mean)
print("median", median)
print("variance", var)
print("stdev", std)
print("mode", mode, counts[mode])
print("range", min(data), max(data), max(data) - min(data))
print(f"mean={mean:.3f} sd={std:.3f} cv={std / mean:.2%}")
z = [round((x - mean) / std, 3) for x in data]
print(z)
outliers = [x for x, score in zip(data, z) if abs(score) > 1.5]
print("outliers", outliers)
buckets = {}
for x in data:
    key = int(x // 5) * 5
    buckets[key] = buckets.get(key, 0) + 1
for key in sorted(buckets):
    print(f"{key:>3}-{key + 5:<3} {'#' * buckets[key]}")
weights = [1, 2, 1, 3, 1, 2, 1, 1, 1, 2]
wmean = sum(x * w for x, w in zip(data, weights)) / sum(weights)
print("weighted mean", wmean, round(wmean, 4))
print("geometric-ish", (data[0] * data[1]) ** 0.5)
