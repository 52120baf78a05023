"""Searching from the window, by role: the controller (state), the bar (query box, counter,
options), the word completer, the results panel and its model. Nothing here is imported at
start-up but the controller and the bar; the rest comes with the first search."""
