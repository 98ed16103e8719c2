x = {}
match x:
    case {*rest}:
        pass
