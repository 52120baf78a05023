"""The Qt user interface: a thin layer over desktop.content and desktop.search."""

from desktop.ui import feature_scan, support_cache  # both before PySide6, which would read their source

support_cache.import_pyside6()  # its support code compiled at an earlier start (see support_cache)
feature_scan.spare_source_scans()  # before any of the window's modules is imported (see feature_scan)
