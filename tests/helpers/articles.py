"""Article sources written for tests."""

import textwrap

GOOD = textwrap.dedent(
    """\
    +++
    title = "Сынақ"
    date = 2025-01-02
    source = "Test"
    language = "kk"

    [[sections]]
    id = "lead"
    label = "Кіріспе"
    heading = "Кіріспе"
    icon = "fa6s.book-open"

    [[sections]]
    id = "main"
    label = "Негізгі"
    icon = "fa6s.star"
    +++
    Бірінші *абзац* <b>жуан емес</b> \\ қалады.

    ## Негізгі бөлім {#main}
    - бір
    - екі

    Соңғы абзац.
    """
)
