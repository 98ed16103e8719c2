# expect: error:OverflowError|memory
# A repeat count that does not fit in 64 bits.
s = 'x' * 2**63
print(len(s))
