# Generator return values surface through StopIteration.value and yield from
def produce(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
g = produce(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def delegator():
    result = yield from produce(4)
    print("subgenerator returned", result)
    yield result * 100
print(list(delegator()))
def early(flag):
    yield 1
    if flag:
        return "stopped early"
    yield 2
print(list(early(True)), list(early(False)))
def empty_gen():
    return "nothing"
    yield
e = empty_gen()
print(next(e, "default used"))
def averager():
    count, total = 0, 0
    for v in [10, 20, 60]:
        count += 1
        total += v
        yield total / count
    return f"final avg {total / count}"
avg = averager()
out = []
while True:
    try:
        out.append(next(avg))
    except StopIteration as stop:
        out.append(stop.value)
        break
print(out)
