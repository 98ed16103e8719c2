def running_average():
    total = 0.0
    count = 0

    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count

    return add


avg = running_average()
for v in [10, 20, 30, 40]:
    print(avg(v))


def make_history():
    items = []

    def record(x):
        items.append(x)
        return len(items)

    def history():
        return list(items)

    return record, history


record, history = make_history()
record("a")
record("b")
snap = history()
record("c")
print(snap, history())


def rate_limiter(max_calls):
    calls = 0

    def allow():
        nonlocal calls
        if calls >= max_calls:
            return False
        calls += 1
        return True

    return allow


allow = rate_limiter(3)
print([allow() for _ in range(5)])
