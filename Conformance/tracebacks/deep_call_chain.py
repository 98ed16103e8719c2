def load_user(user_id):
    users = {1: {"name": "ann", "email": "ann@example.com"}, 2: {"name": "bob"}}
    return users[user_id]


def get_email(user_id):
    user = load_user(user_id)
    return user["email"]


def build_message(user_id, body):
    email = get_email(user_id)
    return f"To: {email}\n\n{body}"


def send_all(ids):
    sent = []
    for uid in ids:
        sent.append(build_message(uid, "hello"))
        print("sent to", uid)
    return sent


send_all([1, 2, 3])
