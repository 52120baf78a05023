"""The Kazakh Cyrillic alphabet (42 letters), shared by font checks and search."""

KAZAKH_UPPER = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
KAZAKH_LOWER = KAZAKH_UPPER.lower()
KAZAKH_LETTERS = KAZAKH_UPPER + KAZAKH_LOWER
KAZAKH_SPECIFIC = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
"""The nine letters Russian keyboards lack, in both cases."""

assert len(KAZAKH_UPPER) == 42
