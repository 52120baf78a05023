"""Fixtures for the speech package's tests."""

import pytest

from desktop.speech.engine import SAMPLE_WIDTH
from tests.helpers.speech import CountingVoice


def samples_of(data: bytes) -> int:
    return len(data) // SAMPLE_WIDTH


@pytest.fixture
def voice() -> CountingVoice:
    return CountingVoice()
