# expect: memory
# str.rjust to 10**10 characters with a fill character.
s = 'ab'.rjust(10**10, '*')
print(len(s))
