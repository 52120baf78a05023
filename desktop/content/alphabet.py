"""The Kazakh Cyrillic alphabet (42 letters), shared by font checks and search."""

KAZAKH_UPPER = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
KAZAKH_LOWER = KAZAKH_UPPER.lower()
KAZAKH_LETTERS = KAZAKH_UPPER + KAZAKH_LOWER

assert len(KAZAKH_UPPER) == 42
