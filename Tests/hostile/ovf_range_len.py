# expect: error:OverflowError
# len() of a range longer than 2**63.
print(len(range(-2**63, 2**63)))
