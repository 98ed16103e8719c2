# expect: ok
# A list nested 10**5 deep stays live while the collector runs: marking must not recurse natively.
a = []
for _ in range(10**5):
    a = [a]
for i in range(300):
    junk = [i] * 100000
depth = 0
while a:
    a = a[0]
    depth += 1
print(depth)
