# expect: ok
# 400 MB of short-lived lists in total, never more than a few MB live: garbage must not cause MemoryError.
total = 0
for i in range(500):
    chunk = [i] * 100000
    total += len(chunk)
print(total)
