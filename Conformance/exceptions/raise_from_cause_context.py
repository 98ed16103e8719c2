class ConfigError(Exception):
    pass


def load(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"bad port {raw!r}") from e


try:
    load("eighty")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)


def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")


try:
    implicit()
except RuntimeError as e:
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)


def hidden():
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None


try:
    hidden()
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

plain = ValueError("never raised")
print(plain.__cause__, plain.__context__, plain.__traceback__)
