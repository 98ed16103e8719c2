def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "attr":
        return None.upper()
    if kind == "value":
        return int("x1")
    return "fine"


for kind in ["key", "index", "zero", "type", "attr", "value", "none"]:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "arith:", type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print(kind, "type-ish:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
    else:
        print(kind, "ok:", result)

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))

errors = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except errors as e:
    print("caught via variable:", e)
