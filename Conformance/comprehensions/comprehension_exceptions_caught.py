# Exceptions raised inside comprehensions propagate to the caller
def parse_all(items):
    return [int(x) for x in items]
for items in [["1", "2"], ["3", "four", "5"], [None]]:
    try:
        print(parse_all(items))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print({k: 1 / k for k in range(-2, 3)})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({[i] for i in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({[i]: i for i in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([d["key"] for d in [{"key": 1}, {"other": 2}]])
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(sum(x for x in [1, 2, "3"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([x.upper() for x in ["a", 1]])
except AttributeError as e:
    print(type(e).__name__, e)
gen = (1 // x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, "exhausted after error"))
results = []
for item in ["5", "x", "7"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append(-1)
print(results, [int(s) if s.isdigit() else -1 for s in ["5", "x", "7"]])
