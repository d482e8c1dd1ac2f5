"""Settings for the whole test suite.

Property tests (Hypothesis: tests/test_properties.py, tests/test_read.py) run derandomised by
default: every run of the suite, in CI on a fresh clone too, tries the same examples, so it cannot
pass or fail by the luck of the draw. To search afresh, run them with the "explore" profile:

    HYPOTHESIS_PROFILE=explore python -m pytest tests/test_properties.py tests/test_read.py

and pin whatever it finds as a regression test (tests/test_regressions.py).
"""

from __future__ import annotations

import os
import tempfile

from hypothesis import settings

# the suite keeps read packs and pint's answers in a folder of its own, not in the user's cache
os.environ.setdefault("NUMCHECK_CACHE_DIR", os.path.join(tempfile.gettempdir(), "numcheck-test-cache"))

settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))
