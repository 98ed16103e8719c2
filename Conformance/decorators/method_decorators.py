def require_login(method):
    def wrapper(self, *args):
        if not self.logged_in:
            raise PermissionError(f"{method.__name__} requires login")
        return method(self, *args)
    return wrapper


def count_calls(method):
    def wrapper(self, *args):
        self.calls[method.__name__] = self.calls.get(method.__name__, 0) + 1
        return method(self, *args)
    return wrapper


class Session:
    def __init__(self):
        self.logged_in = False
        self.calls = {}

    @count_calls
    def login(self, user):
        self.logged_in = True
        return f"welcome {user}"

    @count_calls
    @require_login
    def read(self, path):
        return f"contents of {path}"


s = Session()
try:
    s.read("/secret")
except PermissionError as e:
    print(type(e).__name__, e)
print(s.login("ann"))
print(s.read("/a"), s.read("/b"))
print(sorted(s.calls.items()))
print(Session.read.__name__)
