def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())


def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out


print(loop_break())


def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(("even", i))
        finally:
            out.append(("finally", i))
    return out


print(loop_continue())


def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)


print(counter())
