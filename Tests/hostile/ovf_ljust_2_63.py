# expect: error:OverflowError|memory
# A width that does not fit in 64 bits.
print(len('x'.ljust(2**63)))
