# expect: ok
# Keys whose hash changes after insertion: lookups may miss but must not crash or loop.
class K:
    def __init__(self):
        self.h = 0

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other

keys = [K() for _ in range(100)]
d = {}
for k in keys:
    d[k] = 1
for i, k in enumerate(keys):
    k.h = i * 7919
found = sum(1 for k in keys if k in d)
print(len(d), found <= 100)
