# expect: ok
# A dict with 100,000 keys, then lookups and deletions.
d = {}
for i in range(100000):
    d['k' + str(i)] = i
total = 0
for i in range(0, 100000, 3):
    total += d['k' + str(i)]
for i in range(0, 100000, 2):
    del d['k' + str(i)]
print(len(d), total)
