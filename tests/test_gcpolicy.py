"""The generation run's garbage-collector policy: rarer collections, restored afterwards."""

from __future__ import annotations

import gc

import pytest

from generator.gcpolicy import RELAXED_THRESHOLDS, relaxed_gc


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_relaxed_inside_and_restored_after(thresholds) -> None:
    gc.set_threshold(700, 10, 10)
    with relaxed_gc():
        assert gc.get_threshold() == RELAXED_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_body_raises(thresholds) -> None:
    gc.set_threshold(500, 5, 5)
    with pytest.raises(RuntimeError), relaxed_gc():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (500, 5, 5)


def test_automatic_collection_left_off_when_it_was_off(thresholds) -> None:
    gc.set_threshold(0, 10, 10)
    with relaxed_gc():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


def test_rarer_than_the_default() -> None:
    assert RELAXED_THRESHOLDS[0] > 700


def test_frozen_heap_freezes_only_inside() -> None:
    from generator.gcpolicy import frozen_heap

    kept = [[] for _ in range(10)]
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert len(kept) == 10


def test_frozen_heap_does_nothing_when_the_collector_is_off() -> None:
    from generator.gcpolicy import frozen_heap

    gc.disable()
    try:
        with frozen_heap():
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
