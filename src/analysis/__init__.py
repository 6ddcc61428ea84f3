"""ictplans: extract, clean and compare Vietnamese provincial IT application plans."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ictplans")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"
