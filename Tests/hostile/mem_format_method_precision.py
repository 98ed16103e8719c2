# expect: memory
# str.format with a float precision of 10**9.
s = '{:.1000000000f}'.format(1.0)
print(len(s))
