x = 1
y = 2
match x:
print(x)
