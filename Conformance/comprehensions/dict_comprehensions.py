# Dictionary comprehensions
words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3))})
print({i: i * i for i in range(6) if i % 2})
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.19, "caviar": 99.0}
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print({k: v for k, v in prices.items() if v < 5})
print({v: k for k, v in prices.items()})
print({k.upper(): ("cheap" if v < 1 else "ok" if v < 10 else "luxury") for k, v in prices.items()})
print(dict(sorted({k: v for k, v in prices.items()}.items(), key=lambda kv: kv[1])))
matrix = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(matrix)
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13) if n % 4 == 0})
text = "to be or not to be that is the question"
counts = {w: text.split().count(w) for w in text.split()}
print(counts)
print({w: c for w, c in counts.items() if c > 1})
first_index = {}
for i, w in enumerate(text.split()):
    first_index.setdefault(w, i)
print(first_index == {w: text.split().index(w) for w in text.split()})
print({x: x for x in [1, 1.0, True]}, {i % 3: i for i in range(10)})
print({k: v for k, v in []}, {str(i): [] for i in range(2)})
