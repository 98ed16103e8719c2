class InvalidTransition(Exception):
    pass


class Order:
    TRANSITIONS = {
        "new": {"paid", "cancelled"},
        "paid": {"shipped", "refunded"},
        "shipped": {"delivered"},
    }

    def __init__(self, order_id):
        self.order_id = order_id
        self.state = "new"
        self.log = []

    def advance(self, new_state):
        allowed = self.TRANSITIONS.get(self.state, set())
        if new_state not in allowed:
            raise InvalidTransition(f"{self.order_id}: {self.state} -> {new_state} not allowed")
        self.log.append((self.state, new_state))
        self.state = new_state
        return self

    def __repr__(self):
        return f"Order({self.order_id!r}, state={self.state!r})"


o = Order("A1")
o.advance("paid").advance("shipped")
print(o, o.log)
try:
    o.advance("paid")
except InvalidTransition as e:
    print(type(e).__name__, e)
o.advance("delivered")
print(o)
o2 = Order("B2")
o2.advance("cancelled")
print(o2, sorted(Order.TRANSITIONS["new"]))
o2.advance("shipped")
