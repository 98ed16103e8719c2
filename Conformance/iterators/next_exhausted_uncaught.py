# Pulling a fixed number of items from a short iterator (uncaught StopIteration)
queue = iter(["job-1", "job-2", "job-3"])
print(next(queue))
print(next(queue, "none"))
workers = ["w1", "w2", "w3"]
for w in workers:
    print("checking", w)
for w in workers:
    job = next(queue)
    print(w, "takes", job)
print("unreachable")
