def windows(seq, size):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def group_consecutive(items, key):
    group = []
    current = object()
    for item in items:
        k = key(item)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(item)
    if group:
        yield current, group


print(list(windows(range(6), 3)))
print(list(windows("ab", 3)))
moving_avg = [sum(w) / len(w) for w in windows([2, 4, 6, 8, 10], 2)]
print(moving_avg)

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in group_consecutive(words, key=lambda w: w[0]):
    print(letter, group)


def enumerate_from(items, start):
    n = start
    for item in items:
        yield n, item
        n += 1


print(dict(enumerate_from("xyz", 10)))


def dedupe(items):
    seen = set()
    for x in items:
        if x not in seen:
            seen.add(x)
            yield x


print(list(dedupe([3, 1, 3, 2, 1, 4])))
