"""The Qt user interface: a thin layer over desktop.content and desktop.search."""

from desktop.ui.feature_scan import spare_source_scans

spare_source_scans()  # before any of the window's modules is imported (see feature_scan)
