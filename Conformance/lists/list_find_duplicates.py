# Detecting duplicates, chunking and windowing lists
emails = ["a@x.com", "b@y.org", "A@x.com", "c@z.net", "b@y.org", "d@x.com", "c@z.net", "c@z.net"]
seen = []
dups = []
for e in emails:
    key = e.lower()
    if key in seen:
        if key not in dups:
            dups.append(key)
    else:
        seen.append(key)
print("unique:", seen)
print("duplicates:", dups)
counts = [(e, [x.lower() for x in emails].count(e)) for e in seen]
print(counts)
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
print(chunks(list(range(10)), 3), chunks([], 2), chunks([1], 5))
def windows(xs, n):
    return [xs[i:i + n] for i in range(len(xs) - n + 1)]
temps = [20, 22, 21, 25, 27, 26, 24]
print(windows(temps, 3))
print([round(sum(w) / len(w), 2) for w in windows(temps, 3)])
print([b - a for a, b in zip(temps, temps[1:])])
rises = [i for i in range(1, len(temps)) if temps[i] > temps[i - 1]]
print("rising at", rises)
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
