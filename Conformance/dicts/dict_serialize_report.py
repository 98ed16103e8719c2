# Hand-rolled JSON-like serializer over nested dicts and lists
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)
doc = {
    "service": "billing",
    "version": 3,
    "enabled": True,
    "ratio": 0.75,
    "owner": None,
    "tags": ["prod", "eu", 'quote"d'],
    "limits": {"cpu": 2.5, "memory": 4096, "paths": ["C:\\tmp"]},
    "empty": {},
    "none": [],
}
print(dump(doc))
flat = {}
def flatten(prefix, value):
    if isinstance(value, dict):
        for k, v in value.items():
            flatten(f"{prefix}.{k}" if prefix else k, v)
    else:
        flat[prefix] = value
flatten("", doc)
for k in sorted(flat):
    print(f"{k} = {flat[k]!r}")
