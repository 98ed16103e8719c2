def http_status(code):
    match code:
        case 200:
            return "OK"
        case 201 | 202 | 204:
            return "Success (no body or created)"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return f"Unknown ({code})"


for c in [200, 204, 302, 404, 500, 418]:
    print(c, http_status(c))


def literal_kinds(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
    return "no match"


for v in [None, True, False, 0, 0.0, 1.5, "y", b"raw", -1, 1 + 2j, 1, "no"]:
    print(repr(v), "->", literal_kinds(v))
