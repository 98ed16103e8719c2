# Driving iteration manually with try/except StopIteration
def manual_for(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        out.append(item)
    return out
print(manual_for([1, 2, 3]), manual_for("ab"), manual_for({}), manual_for(range(0, 10, 4)))
def pairwise_manual(iterable):
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return []
    pairs = []
    for cur in it:
        pairs.append((prev, cur))
        prev = cur
    return pairs
print(pairwise_manual([1, 2, 3, 4]), pairwise_manual([1]), pairwise_manual([]))
def merge_sorted(a, b):
    ia, ib = iter(a), iter(b)
    x, y = next(ia, None), next(ib, None)
    out = []
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            out.append(x)
            x = next(ia, None)
        else:
            out.append(y)
            y = next(ib, None)
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10, 11]), merge_sorted([], [5]), merge_sorted([7], []))
tokens = iter("SET x 10 ADD x 5 PRINT x".split())
env, output = {}, []
for op in tokens:
    if op == "SET":
        name = next(tokens)
        env[name] = int(next(tokens))
    elif op == "ADD":
        name = next(tokens)
        env[name] += int(next(tokens))
    elif op == "PRINT":
        output.append(env[next(tokens)])
print(env, output)
it = iter([1, 2])
for v in it:
    print("got", v)
print("after loop:", next(it, "exhausted"))
