# Trying to update a coordinate stored in a tuple (uncaught TypeError)
position = (3, 4)
velocity = (1, -2)
for step in range(3):
    position = (position[0] + velocity[0], position[1] + velocity[1])
    print("step", step, "position", position)
pos_list = list(position)
pos_list[0] = 0
print("list copy updated:", pos_list, "tuple still:", position)
position[0] = 0
print("unreachable")
