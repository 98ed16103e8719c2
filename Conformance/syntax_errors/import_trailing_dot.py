import math

import os
import a.
