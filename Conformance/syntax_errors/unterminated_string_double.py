name = "world
print(name)
