match [1, 2]:
    case [x, *_]:
        pass
    case [x, x]:
        pass
