class HttpError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"


class ClientError(HttpError):
    pass


class ServerError(HttpError):
    retryable = True


def classify(status):
    if 400 <= status < 500:
        return ClientError(status, "client problem")
    if status >= 500:
        return ServerError(status, "server problem")
    return None


for status in [200, 404, 503]:
    err = classify(status)
    if err is None:
        print(status, "ok")
        continue
    try:
        raise err
    except HttpError as e:
        kind = "client" if isinstance(e, ClientError) else "server"
        print(status, kind, e, getattr(e, "retryable", False))

try:
    raise ServerError(500)
except (ClientError, ServerError) as e:
    print(repr(e), str(e))

e1 = ClientError(400, "x")
print(isinstance(e1, Exception), isinstance(e1, ServerError))
print(ClientError.__mro__[1].__name__)
