x = 0
while x:
    x -= 1
else:
x = 2
