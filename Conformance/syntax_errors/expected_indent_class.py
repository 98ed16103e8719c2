x = 1
y = 2
class C:
print(x)
