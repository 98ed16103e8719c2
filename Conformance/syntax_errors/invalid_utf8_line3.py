x = 1
y = 2
s = 'café ÿ'
print(s)
