x = 0
if = 1
