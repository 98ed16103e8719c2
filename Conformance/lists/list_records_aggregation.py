# Aggregating a list of order records
orders = [
    {"id": 1, "customer": "acme", "items": [("bolt", 100, 0.05), ("nut", 100, 0.03)], "status": "shipped"},
    {"id": 2, "customer": "globex", "items": [("gear", 4, 12.5)], "status": "pending"},
    {"id": 3, "customer": "acme", "items": [("spring", 20, 0.4), ("bolt", 50, 0.05)], "status": "shipped"},
    {"id": 4, "customer": "initech", "items": [], "status": "cancelled"},
    {"id": 5, "customer": "globex", "items": [("gear", 2, 12.5), ("belt", 1, 30.0)], "status": "shipped"},
]
def order_total(o):
    return sum(q * p for _, q, p in o["items"])
for o in orders:
    print(o["id"], o["customer"], o["status"], round(order_total(o), 2), len(o["items"]))
shipped = [o for o in orders if o["status"] == "shipped"]
print("shipped ids:", [o["id"] for o in shipped])
per_customer = {}
for o in orders:
    per_customer.setdefault(o["customer"], []).append(round(order_total(o), 2))
print(per_customer)
product_qty = {}
for o in orders:
    for name, qty, _ in o["items"]:
        product_qty[name] = product_qty.get(name, 0) + qty
print(sorted(product_qty.items(), key=lambda kv: kv[1], reverse=True))
biggest = max(orders, key=order_total)
print("biggest order:", biggest["id"], order_total(biggest))
empty = [o["id"] for o in orders if not o["items"]]
print("empty orders:", empty)
flat = [name for o in orders for name, _, _ in o["items"]]
print(flat, len(flat), flat.count("bolt"))
unique_in_order = []
for n in flat:
    if n not in unique_in_order:
        unique_in_order.append(n)
print(unique_in_order)
statuses = sorted({o["status"] for o in orders})
print(statuses, [sum(1 for o in orders if o["status"] == s) for s in statuses])
