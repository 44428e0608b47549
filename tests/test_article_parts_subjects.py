"""A sentence of the story whose subject is what the story is about (its app, its scheme) names furniture in
passing, however few of its other words the body copy uses; the page's own sentences speak of the site or to the
reader. The drafts are invented."""

from __future__ import annotations

from conftest import boi_lines

_STORY = [
    "Ferrow Library launched a booking app in September so that readers could reserve study rooms and"
    " laptops without queuing at the front desk on weekday mornings.",
    "Librarian Osric Penhale said the app had taken more than 2,400 bookings in its first month, far more"
    " than the paper forms it replaced.",
    "Some borrowers have complained that the app drops bookings made late at night, and Penhale said a"
    " repair was being tested.",
    "Penhale said the library would not drop its paper forms until the app had run a full term without faults.",
]


def test_a_sentence_whose_subject_is_the_storys_app_stays_quiet() -> None:
    sentence = (
        "The app asks borrowers to register an account with an email address, which several pensioners said"
        " was baffling."
    )
    assert 5 not in boi_lines([*_STORY[:2], sentence, *_STORY[2:]])


def test_a_sentence_whose_subject_is_the_storys_library_stays_quiet() -> None:
    sentence = (
        "The library will keep a paper sign-up sheet at the desk until the app has run a full term without faults."
    )
    assert boi_lines([*_STORY[:3], sentence]) == set()


def test_the_same_shape_about_the_site_or_to_the_reader_is_still_furniture() -> None:
    to_reader = "Our app asks you to register an account with an email address before you book."
    assert 5 in boi_lines([*_STORY[:2], to_reader, *_STORY[2:]])


_PARKING = [
    "By Tamsin Orrell, Coast Wire",
    "Getty Images",
    "LOWMERE (Coast Wire) \u2014 The harbour board's parking app, launched in June to replace the pay machines on"
    " the quay, has left fishermen queuing at dawn while it loads, according to a petition signed by 300 crew.",
    "The board said the app would be updated next week and that the pay machines would stay until the autumn.",
    "Skipper Ewan Crask said he had been fined twice because the app did not register his payment in time.",
]


def test_a_headline_in_sentence_case_whose_verb_the_list_lacks_is_the_storys_own() -> None:
    draft = ["Harbour's new 24-hour parking app frustrates fishermen", *_PARKING]
    assert boi_lines(draft) == {5}  # the credit pasted under the byline is still reported


def test_a_label_in_title_case_above_the_byline_is_still_furniture() -> None:
    draft = ["Harbour Parking App Newsletter", *_PARKING]
    assert 1 in boi_lines(draft)
