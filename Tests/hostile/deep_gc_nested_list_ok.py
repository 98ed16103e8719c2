# expect: ok
# A list nested 10**5 deep is dropped, then garbage is churned so the collector runs over it.
a = []
for _ in range(10**5):
    a = [a]
a = None
for i in range(300):
    junk = [i] * 100000
print('done')
