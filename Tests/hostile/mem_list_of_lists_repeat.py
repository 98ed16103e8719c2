# expect: memory
# 10**9 references to one empty list.
l = [[]] * 10**9
print(len(l))
