# expect: memory
# str.ljust to 10**10 characters.
s = 'ab'.ljust(10**10)
print(len(s))
