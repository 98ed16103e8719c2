# Computing ratios inside a list comprehension hits a zero (uncaught ZeroDivisionError)
pairs = [(10, 2), (9, 3), (7, 7), (5, 0), (8, 4)]
print("pairs:", len(pairs), "zero divisors:", [a for a, b in pairs if b == 0])
print("products:", [a * b for a, b in pairs])
safe = [a / b if b else None for a, b in pairs]
print("safe:", safe)
ratios = [a // b for a, b in pairs[:3]]
print("first three:", ratios)
all_ratios = [a // b for a, b in pairs]
print("unreachable", all_ratios)
