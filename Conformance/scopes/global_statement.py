counter = 0
config = {"debug": False}


def increment():
    global counter
    counter += 1
    return counter


def toggle_debug():
    config["debug"] = not config["debug"]


def define_new_global():
    global created_later
    created_later = "I exist now"


print(increment(), increment(), counter)
toggle_debug()
print(config)

try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)

define_new_global()
print(created_later)


def shadow_global():
    counter = 100
    return counter


print(shadow_global(), counter)


def read_global():
    return counter * 10


print(read_global())
print("counter" in globals(), "nope" in globals())
