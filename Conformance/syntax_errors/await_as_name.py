x = 1
await = 2
