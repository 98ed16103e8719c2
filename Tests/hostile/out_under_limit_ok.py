# expect: ok
# 900 lines of 1000 characters (about 0.9 MB): just under a 1 MB output limit.
for i in range(900):
    print(str(i % 10) * 1000)
