class NotFoundError(LookupError):
    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class Repository:
    def __init__(self, kind, rows):
        self.kind = kind
        self.rows = rows

    def get(self, key):
        try:
            return self.rows[key]
        except KeyError:
            raise NotFoundError(self.kind, key) from None


def handler(repo, key):
    item = repo.get(key)
    return {"status": 200, "item": item}


users = Repository("user", {"u1": "Ann"})
print(handler(users, "u1"))
handler(users, "u9")
