class Cache:
    def __init__(self):
        self.store = {"a": 1}

    def get(self, key):
        try:
            return self.store[key]
        except KeyError:
            return self.fallback(key)

    def fallback(self, key):
        return self.default_for(key) * 2

    def default_for(self, key):
        return None


c = Cache()
print(c.get("a"))
c.get("b")
