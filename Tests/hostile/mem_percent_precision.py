# expect: memory
# printf-style precision of 10**9 digits.
s = '%.1000000000f' % 1
print(len(s))
