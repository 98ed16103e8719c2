# Unpacking config lines into (key, value) pairs; a malformed line raises uncaught ValueError
lines = ["name=server", "port=8080", "mode=fast=unsafe", "debug=true"]
settings = {}
for line in lines:
    parts = tuple(line.split("="))
    print("parts:", parts, "len", len(parts))
for line in lines:
    key, value = line.split("=")
    settings[key] = value
    print("set", key, "->", value)
print("unreachable", settings)
