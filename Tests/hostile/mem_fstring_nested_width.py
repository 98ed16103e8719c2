# expect: memory
# The width comes from a nested replacement field, computed at run time.
w = 10**10
s = f'{1:{w}}'
print(len(s))
