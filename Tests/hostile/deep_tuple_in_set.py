# expect: recursion
# Inserting a deeply nested tuple into a set hashes it recursively.
t = (1,)
for _ in range(10**5):
    t = (t, 1)
s = {t}
print(len(s))
