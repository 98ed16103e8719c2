import math

import os
from x import a,
