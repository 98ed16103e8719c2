x = 1
match x:
    case :
        pass
