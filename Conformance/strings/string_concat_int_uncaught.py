# Building a status message by concatenation, then adding an int (uncaught TypeError)
user = "alice"
count = 3
print("user: " + user)
print("items: " + str(count))
print("items: %d" % count)
print(f"items: {count}")
message = "Hello, " + user.title() + "!"
print(message)
message += " You have " + count + " new messages."
print(message)
