x = 1
y = 2
match x:
    case 1:
print(x)
