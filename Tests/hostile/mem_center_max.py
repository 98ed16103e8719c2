# expect: memory
# str.center to 2**63 - 1 characters (CPython: MemoryError).
s = 'x'.center(2**63 - 1)
print(len(s))
