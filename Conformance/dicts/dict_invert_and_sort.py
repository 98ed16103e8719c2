# Inverting mappings and sorting by value
capitals = {"France": "Paris", "Japan": "Tokyo", "Peru": "Lima", "Kenya": "Nairobi", "Chile": "Santiago"}
inverse = {v: k for k, v in capitals.items()}
print(inverse["Lima"], len(inverse))
print(sorted(capitals.items(), key=lambda kv: len(kv[1])))
print(dict(sorted(capitals.items(), key=lambda kv: kv[1])))
grades = {"ann": "B", "bob": "A", "cy": "B", "dee": "C", "eve": "A", "fay": "B"}
by_grade = {}
for name, g in grades.items():
    by_grade.setdefault(g, []).append(name)
print(dict(sorted(by_grade.items())))
lossy = {v: k for k, v in grades.items()}
print(lossy)
scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70, "eve": 95}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (name, s) in enumerate(ranked, 1):
    if s != prev:
        rank, prev = i, s
    print(rank, name, s)
print(max(scores.values()), [k for k, v in scores.items() if v == max(scores.values())])
print(min(scores, key=lambda k: (scores[k], k)), sorted(scores, key=scores.get))
table = {k: v for k, v in zip("abcdef", range(6)) if v % 2 == 0}
print(table, {v: k for k, v in table.items()})
pairs = list(table.items())
keys, vals = zip(*pairs)
print(keys, vals, dict(zip(vals, keys)))
