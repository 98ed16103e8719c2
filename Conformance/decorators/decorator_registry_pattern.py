class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path, methods=("GET",)):
        def decorator(fn):
            for m in methods:
                self.routes[(m, path)] = fn
            return fn
        return decorator

    def dispatch(self, method, path, **params):
        handler = self.routes.get((method, path))
        if handler is None:
            return 404, f"no route for {method} {path}"
        return 200, handler(**params)


app = Router()


@app.route("/")
def index():
    return "home"


@app.route("/items", methods=("GET", "POST"))
def items(name="all"):
    return f"items:{name}"


print(app.dispatch("GET", "/"))
print(app.dispatch("POST", "/items", name="pen"))
print(app.dispatch("DELETE", "/items"))
print(sorted(app.routes))
print(index())
