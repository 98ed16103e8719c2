# expect: error:IndexError
# An index that does not fit in 64 bits.
print([0][2**63])
