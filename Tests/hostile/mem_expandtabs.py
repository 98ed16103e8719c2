# expect: memory
# Two tabs expanded to a tab size of 10**9: two billion spaces.
s = '\t\t'.expandtabs(10**9)
print(len(s))
