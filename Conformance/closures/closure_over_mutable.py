def make_cache():
    cache = {}
    hits = [0]

    def get(key, compute):
        if key in cache:
            hits[0] += 1
            return cache[key]
        value = compute(key)
        cache[key] = value
        return value

    def stats():
        return {"size": len(cache), "hits": hits[0]}

    return get, stats


get, stats = make_cache()
print(get(3, lambda k: k ** 2))
print(get(3, lambda k: -1))
print(get(4, lambda k: k * 10))
print(get(4, lambda k: 0))
print(stats())


def event_bus():
    subscribers = {}

    def subscribe(topic, fn):
        subscribers.setdefault(topic, []).append(fn)

    def publish(topic, payload):
        return [fn(payload) for fn in subscribers.get(topic, [])]

    return subscribe, publish


sub, pub = event_bus()
log = []
sub("user", lambda p: log.append(("audit", p)) or "audited")
sub("user", lambda p: p.upper())
print(pub("user", "created"))
print(pub("order", "placed"))
print(log)
