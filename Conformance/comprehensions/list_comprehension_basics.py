# List comprehensions with transforms and filters
nums = list(range(-5, 11))
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print([n for n in nums if n > 0 if n % 3 == 0])
print([abs(n) for n in nums if n < 0])
print([str(n) for n in range(5)], [len(w) for w in "a bb ccc".split()])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([(i, c) for i, c in enumerate("abc")])
print([x + y for x, y in zip([1, 2, 3], [10, 20, 30])])
print([w.capitalize() for w in ["alpha", "BETA", "gAmMa"]])
print([None for _ in range(3)], [[] for _ in range(2)], [])
print([i for i in range(20) if i % 2 if i % 3])
print([ch for ch in "a1b2c3" if ch.isdigit()], [int(ch) * 2 for ch in "a1b2c3" if ch.isdigit()])
print([n if n >= 0 else 0 for n in nums])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([(lambda v: v * 10)(n) for n in range(3)])
celsius = {"mon": 12.5, "tue": 15.0, "wed": 9.25}
print([f"{day}: {c * 9 / 5 + 32:.1f}F" for day, c in celsius.items()])
print([x for x in [3, None, 0, "", "a", [], [0], False, 7] if x])
print(sum([x * x for x in range(101)]), max([len(s) for s in ["ab", "abcd", "a"]]))
lines = ["  name = ann ", "# comment", "", "age=41", "  city =  Oslo"]
pairs = [tuple(part.strip() for part in l.split("=", 1)) for l in lines if "=" in l and not l.strip().startswith("#")]
print(pairs, dict(pairs))
