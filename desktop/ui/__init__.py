"""The Qt user interface: a thin layer over desktop.content and desktop.search."""
