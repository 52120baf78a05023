"""Reading an article aloud (pure Python, no Qt): what to say, in which pieces, by which voice.

``sentences`` cuts Kazakh text into sentences, ``reading`` writes numbers, dates and
abbreviations out as the words a reader says, ``engine`` is the interface a voice offers
(sentences in, audio and where each sentence starts out), ``voices`` the voice used,
``espeak`` the eSpeak NG voice, run in a process of its own, ``player`` plays a voice's audio on the sound device and
``wav`` writes it to a file.
"""
