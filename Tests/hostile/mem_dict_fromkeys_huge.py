# expect: limit
# dict.fromkeys over 10**9 keys.
d = dict.fromkeys(range(10**9))
print(len(d))
