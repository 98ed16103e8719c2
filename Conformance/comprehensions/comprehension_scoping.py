# Comprehension variables do not leak; closures bind late
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
total = 10
result = [total + i for i in range(3)]
print(result)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs_bound = [lambda i=i: i for i in range(3)]
print([f() for f in funcs_bound])
def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
items = [1, 2, 3]
gen = (v * factor for v in items)
factor = 100
print(list(gen))
rows = [[1, 2], [3, 4]]
print([[v for v in row] for row in rows], [row for row in rows for row in row])
n = 5
print([n for n in range(n)], n)
data = [1, 2, 3]
print([d for d in data if d > len(data) - 2])
def outer():
    base = 7
    return [base + j for j in range(3)]
print(outer())
acc = []
print([acc.append(i) for i in range(3)], acc)
y = [y for y in "abc"]
print(y)
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
