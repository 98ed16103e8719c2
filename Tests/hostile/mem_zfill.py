# expect: memory
# str.zfill to 10**10 characters.
s = '1'.zfill(10**10)
print(len(s))
