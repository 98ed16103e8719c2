def route(method, path):
    match (method, path.strip("/").split("/")):
        case ("GET", [""]):
            return "index"
        case ("GET", ["users"]):
            return "list users"
        case ("GET", ["users", user_id]) if user_id.isdigit():
            return f"show user {int(user_id)}"
        case ("POST" | "PUT", ["users", *rest]):
            return f"write users {rest}"
        case ("DELETE", ["users", user_id]):
            return f"delete {user_id}"
        case (m, [first, *_]):
            return f"{m} not routed for /{first}"


requests = [("GET", "/"), ("GET", "/users"), ("GET", "/users/42"), ("GET", "/users/abc"),
            ("POST", "/users"), ("PUT", "/users/1/name"), ("DELETE", "/users/9"),
            ("PATCH", "/things/1")]
for m, p in requests:
    print(m, p, "=>", route(m, p))

match "hello":
    case ["h", *_]:
        print("strings are not sequences for matching")
    case str() as s:
        print("matched as str:", s)

match b"ab":
    case [97, 98]:
        print("bytes matched as sequence")
    case _:
        print("bytes are not sequences either")
