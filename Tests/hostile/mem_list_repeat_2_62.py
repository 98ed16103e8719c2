# expect: memory
# [0] * 2**62: the byte size overflows a 64-bit int; must be MemoryError (as CPython), never a trap.
l = [0] * 2**62
print(len(l))
