attempts = 0
responses = iter([None, None, {"status": 500}, {"status": 200, "body": "ok"}])
while attempts < 10:
    attempts += 1
    resp = next(responses)
    if resp is None:
        print(f"attempt {attempts}: no response")
        continue
    if resp["status"] != 200:
        print(f"attempt {attempts}: status {resp['status']}")
        continue
    print("success:", resp["body"])
    break
else:
    print("gave up")

print("total attempts", attempts)
backlog = iter([1, 2])
while attempts > 0:
    attempts -= 1
    item = next(backlog)
    print("processed backlog item", item)
