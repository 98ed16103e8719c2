import math

import os
p = os.
