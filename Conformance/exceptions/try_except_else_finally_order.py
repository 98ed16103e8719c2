def run(action):
    steps = []
    try:
        steps.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "return":
            return steps + ["returned"]
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    steps.append("after")
    return steps


for action in ["ok", "raise", "return"]:
    print(action, run(action))


def finally_sees_return():
    log = []
    try:
        log.append("body")
        return log
    finally:
        log.append("finally")


print(finally_sees_return())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")


nested()
