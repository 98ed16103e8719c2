x = 1
y = “hello”
print(y)
