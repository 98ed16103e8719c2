def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError:
            print(f"line {lineno}: malformed {line!r}")
            continue
        result[key.strip()] = value.strip()
    return result


cfg = parse_config("""
# settings
host = localhost
port = 8080
oops
a = b = c
""")
print(sorted(cfg.items()))

try:
    port = int(cfg["port"])
    timeout = int(cfg["timeout"])
except KeyError as e:
    print("missing key", e)
    timeout = int(cfg.get("timeout", "thirty"))
