"""``python -m desktop`` runs the oqyrman command."""

import sys

if sys.argv[1:] == ["--speech-worker"]:  # the voice's own process (desktop/speech/espeak.py): nothing else
    from desktop.speech.espeak_worker import serve

    raise SystemExit(serve())

from desktop.cli import main

raise SystemExit(main())
