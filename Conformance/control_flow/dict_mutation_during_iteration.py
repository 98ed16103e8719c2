scores = {"ann": 90, "bob": 45, "cy": 70, "dee": 30}

for name in list(scores):
    if scores[name] < 50:
        del scores[name]
print(scores)

failed = {k: v for k, v in {"a": 1, "b": 0}.items() if v == 0}
print(failed)

nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

d = {"x": 1}
try:
    for key in d:
        d["y"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
for item in s:
    s.add(item * 10)
