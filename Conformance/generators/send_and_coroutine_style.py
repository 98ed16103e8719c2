def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = running_total()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def echo():
    received = []
    while True:
        msg = yield len(received)
        received.append(msg)
        if msg == "stop":
            return received


e = echo()
e.send(None)
for m in ["hi", "there", "stop"]:
    try:
        print(e.send(m))
    except StopIteration as stop:
        print("returned", stop.value)

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)


def delegating():
    result = yield from running_total()
    yield f"sub total {result}"


d = delegating()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
