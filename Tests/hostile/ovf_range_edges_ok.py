# expect: ok|error:OverflowError
# Ranges whose bounds and steps sit at the 64-bit edges.
# Monty ranges are limited to 64-bit bounds (Grammar/DIFFERENCES.md): OverflowError instead of CPython's result.
r = range(2**63 - 3, 2**63 + 3)
print(len(r), list(r)[-1], r[5], 2**63 in r)
r = range(-2**63, 2**63 - 1, 2**62)
print(list(r))
print(list(range(2**63 - 1, 2**63 - 4, -1)))
