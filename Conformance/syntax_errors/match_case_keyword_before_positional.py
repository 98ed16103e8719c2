x = 1
match x:
    case Point(x=1, 2):
        pass
