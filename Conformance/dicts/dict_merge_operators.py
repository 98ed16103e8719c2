# Merging dicts with |, |=, ** and update
defaults = {"host": "localhost", "port": 8080, "debug": False, "tags": ["base"]}
user = {"port": 9090, "debug": True}
env = {"host": "prod.example.com"}
merged = defaults | user | env
print(merged)
print(defaults)
print(user | defaults)
print({**defaults, **user, "extra": 1})
print({**env, **defaults})
cfg = dict(defaults)
cfg |= user
print(cfg)
cfg |= [("retries", 3)]
print(cfg)
cfg.update(env, timeout=30)
print(cfg)
print(merged["tags"] is defaults["tags"])
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "x", "pool": {"min": 1, "max": 5}}, "log": "info"}
over = {"db": {"pool": {"max": 20}, "user": "app"}, "log": "debug"}
print(deep_merge(base, over))
print(base)
try:
    print(defaults | [("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**{"a": 1}, b=2))
