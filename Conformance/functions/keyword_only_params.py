def fetch(url, *, timeout=30, retries=3, verbose=False):
    return f"GET {url} timeout={timeout} retries={retries} verbose={verbose}"


print(fetch("http://a"))
print(fetch("http://b", retries=0))
print(fetch("http://c", verbose=True, timeout=5))

try:
    fetch("http://d", 10)
except TypeError as e:
    print(type(e).__name__, e)


def required_kw(*, name, age):
    return f"{name} is {age}"


print(required_kw(age=3, name="Rex"))

try:
    required_kw(name="Rex")
except TypeError as e:
    print(type(e).__name__, e)

try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)

try:
    required_kw(name="a", age=1, color="red")
except TypeError as e:
    print(type(e).__name__, e)


def after_varargs(*items, sep=", "):
    return sep.join(str(i) for i in items)


print(after_varargs(1, 2, 3))
print(after_varargs("a", "b", sep="|"))
