# expect: limit
# One print of 10 MB: over the output limit in a single call.
print('x' * 10**7)
