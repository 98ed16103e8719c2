x = 1
match x:
    case 0:
        pass
    case 1 + 1:
        pass
