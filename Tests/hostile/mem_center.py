# expect: memory
# str.center to 10**10 characters.
s = 'a'.center(10**10)
print(len(s))
