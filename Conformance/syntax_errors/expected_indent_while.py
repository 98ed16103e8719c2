x = 1
y = 2
while x:
print(x)
