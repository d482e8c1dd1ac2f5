"""numcheck: finds the numeric claims in news copy and checks them against each other, the
sources the copy was written from, and a facts file."""

from numcheck.api import check, check_paths, extract
from numcheck.config import Config, load_config
from numcheck.models import Claim, Finding, Report
from numcheck.version import __version__

__all__ = [
    "__version__",
    "Claim",
    "Config",
    "Finding",
    "Report",
    "check",
    "check_paths",
    "extract",
    "load_config",
]
