"""A site's record measures its distance to NATO territory (as it stood then) and to the capitals."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from components.topics.distances import great_circle_km, members_on, nearest_capitals, nearest_nato_territory

MEMBERS = pd.DataFrame({"iso3": ["POL", "LTU", "FIN"], "joined": ["1999-03-12", "2004-03-29", "2023-04-04"]})


def test_great_circle_distance_minsk_to_vilnius():
    # Minsk (53.9002, 27.5665) to Vilnius (54.6892, 25.2798): about 172 km.
    km = great_circle_km(53.9002, 27.5665, np.array([54.6892]), np.array([25.2798]))[0]
    assert km == pytest.approx(172, abs=3)


def test_members_are_counted_from_their_accession():
    assert members_on(MEMBERS, date(2023, 4, 3)) == ["LTU", "POL"]
    assert members_on(MEMBERS, date(2023, 4, 4)) == ["FIN", "LTU", "POL"]


def test_a_site_in_belarus_is_measured_to_the_nearest_member_border():
    hrodna = (53.6884, 23.8258)  # about 15-20 km from the Polish and Lithuanian borders
    nearest = nearest_nato_territory(*hrodna, "BLR", members_on(MEMBERS, date(2020, 1, 1)))
    assert nearest is not None and 5 < nearest.km < 30 and nearest.to in {"Poland", "Lithuania"}


def test_finland_counts_only_once_it_has_joined():
    vyborg = (60.7096, 28.7490)  # Russia, about 30 km from the Finnish border
    before = nearest_nato_territory(*vyborg, "RUS", members_on(MEMBERS, date(2022, 1, 1)))
    after = nearest_nato_territory(*vyborg, "RUS", members_on(MEMBERS, date(2024, 1, 1)))
    assert after is not None and after.to == "Finland" and after.km < 60
    assert before is not None and before.km > after.km + 200


def test_a_site_inside_a_member_is_at_no_distance():
    nearest = nearest_nato_territory(54.9, 23.9, "LTU", ["LTU", "POL"])
    assert nearest is not None and nearest.km == 0


def test_the_nearest_capitals_come_nearest_first(places):
    capitals = nearest_capitals(53.9, 27.56, places.reset_index())
    assert [c.to for c in capitals][:1] == ["Minsk"] and capitals[0].km < capitals[1].km
