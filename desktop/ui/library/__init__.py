"""The library in the window: its controller (stores, background work), table model, view and search results."""
