"""Where the project's files are, for tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLE_SOURCE = ROOT / "resources" / "content" / "article.md"
SEED_COPY = ROOT / "tests" / "data" / "seed_article.txt"
SEED_MARKER = " date 2025-11-15 "
