import os
os.import = 1
