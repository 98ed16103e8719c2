# expect: ok
# 100 one-megabyte strings built and dropped (100 MB in total); live data stays small.
n = 0
for i in range(100):
    s = 'x' * 10**6
    n += len(s) + i
print(n)
