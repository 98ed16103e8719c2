x = 1
print(sep=)
