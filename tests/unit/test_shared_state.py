"""What replicas of the app share: the slide each presenter is on."""

from components.data.shared_state import PresenterPositions


def test_a_presenters_slide_is_seen_by_another_process_and_forgotten_when_idle(tmp_path):
    now = [1_000_000.0]
    presenting = PresenterPositions.in_folder(tmp_path)
    presenting.clock = lambda: now[0]
    presenting.set("deck-a", "paper_argument", 3)
    presenting.set("deck-a", "paper_argument", 4)
    elsewhere = PresenterPositions(tmp_path / "presenter_positions.sqlite", clock=lambda: now[0])  # another replica
    assert elsewhere.get("deck-a") == ("paper_argument", 4)
    assert elsewhere.get("deck-b") is None
    now[0] += 12 * 3600
    assert elsewhere.get("deck-a") is None


def test_only_the_most_recent_presenters_are_kept(tmp_path):
    now = [0.0]
    positions = PresenterPositions(tmp_path / "p.sqlite", max_presenters=2, clock=lambda: now[0])
    for number, token in enumerate(["a", "b", "c"]):
        now[0] = number
        positions.set(token, "paper_argument", 1)
    assert [positions.get(token) is not None for token in "abc"] == [False, True, True]
