"""An editor's briefing tools: "Add to briefing" on every view a slide can show, and moving,
editing and removing slides on Briefings. Viewers never see them.

Every change is a new version of the briefing's file, published like an upload (checked,
archived with the editor's name, rolled back on Update data).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import streamlit as st

from components.data.citations import citation
from components.data.repository import Repository
from components.data.text import literal
from components.editing.briefing_edits import (
    SlideText,
    briefing_file,
    new_briefing_id,
    with_slide_added,
    with_slide_edited,
    with_slide_moved,
    with_slide_removed,
)
from components.editing.outcomes import Outcome, publish_edit
from components.topics.briefings import Slide, briefing_titles, state_of
from components.ui.change_review import review
from components.ui.editor_sign_in import current_editor, editor_policy
from components.ui.links import view_link
from components.ui.presenter import presenting
from components.ui.slide_bar import address_query
from components.views import BRIEFINGS, SLIDE_VIEWS, View

LAST_CHANGE = "_briefing_change"  # what the last click did, shown once on the next run
NEW = ""  # the briefing choice that starts a new briefing


def briefing_editor() -> str | None:
    """The signed-in editor of this session, or None for a viewer."""
    return current_editor(editor_policy())


def add_to_briefing(repo: Repository, view: View) -> None:
    """For an editor, on a view a slide can show: this view, as it is now, as a briefing's last slide."""
    editor = briefing_editor()
    if editor is None or presenting() or view not in SLIDE_VIEWS:
        return
    titles = briefing_titles(repo.frame("briefings"))
    with (
        st.popover("Add to briefing", icon=":material/playlist_add:"),
        st.form("add_to_briefing", clear_on_submit=True, border=False),
    ):
        st.caption("Adds this view as it is now (its address) as the briefing's last slide.")
        st.selectbox(
            "Briefing",
            [*titles, NEW],
            format_func=lambda b: literal(titles[b]) if b else "A new briefing…",
            key="add_briefing",
        )
        st.text_input("Title of the new briefing (for a new one)", key="add_briefing_title")
        _slide_fields(repo, "add", None)
        st.form_submit_button("Add as the last slide", type="primary", on_click=_add, args=(repo, view, titles, editor))


def last_briefing_change() -> None:
    """What the last add, move, edit or removal did: once, at the top of the view."""
    outcome: Outcome | None = st.session_state.pop(LAST_CHANGE, None)
    if outcome is None:
        return
    if outcome.done:
        st.success(literal(outcome.done), icon=":material/check_circle:")
        view_link(BRIEFINGS, "Open Briefings to reorder, edit or present", icon=BRIEFINGS.icon)
        return
    st.error(literal(outcome.error), icon=":material/sync_problem:")
    if outcome.refused is not None:
        review(outcome.refused)


def slide_editing(repo: Repository, slides: list[Slide], editor: str) -> None:
    """Each slide of a briefing with the way to move it, edit it or remove it."""
    for slide in slides:
        with st.container(
            horizontal=True, vertical_alignment="center", key=f"slide_row_{slide.briefing}_{slide.number}"
        ):
            st.text(f"{slide.number}. {slide.title}", width="stretch")
            for way, step, at_end in (("up", -1, slide.is_first), ("down", 1, slide.is_last)):
                st.button(
                    f"Move {way}",
                    icon=f":material/arrow_{way}ward:",
                    key=f"{way}_{slide.briefing}_{slide.number}",
                    disabled=at_end,
                    on_click=_publish_change,
                    args=(repo, slide, editor, f"moved {way}", with_slide_moved, step),
                )
            with (
                st.popover("Edit", icon=":material/edit:"),
                st.form(_edit_prefix(slide), border=False),
            ):
                prefix = _edit_prefix(slide)
                _slide_fields(repo, prefix, slide)
                st.form_submit_button("Save the slide", type="primary", on_click=_edit, args=(repo, slide, editor))
            st.button(
                "Remove",
                icon=":material/delete:",
                key=f"remove_{slide.briefing}_{slide.number}",
                disabled=slide.count == 1,
                help="A briefing keeps at least one slide." if slide.count == 1 else None,
                on_click=_publish_change,
                args=(repo, slide, editor, "removed", with_slide_removed),
            )


def _slide_fields(repo: Repository, prefix: str, slide: Slide | None) -> None:
    sources = repo.frame("sources")
    by_id = {str(row["id"]): citation(row) for _, row in sources.iterrows()}
    ids = list(by_id)
    st.text_input("Headline (the finding, in one sentence)", value=slide.title if slide else "", key=f"{prefix}_title")
    st.text_area("Speaker notes", value=slide.notes if slide else "", key=f"{prefix}_notes")
    st.selectbox(
        "Source of the headline",
        ids,
        index=ids.index(slide.source_id) if slide and slide.source_id in by_id else None,
        format_func=lambda ident: literal(by_id[ident]),
        placeholder="Choose the source the headline rests on",
        key=f"{prefix}_source",
    )
    st.text_input(
        "Where in the source (section, page, table)",
        value=(slide.source_locator or "") if slide else "",
        key=f"{prefix}_locator",
    )


def _text_from(prefix: str) -> SlideText:
    state = st.session_state
    return SlideText(
        title=state.get(f"{prefix}_title") or "",
        notes=state.get(f"{prefix}_notes") or "",
        source_id=state.get(f"{prefix}_source") or "",
        source_locator=state.get(f"{prefix}_locator") or "",
    )


def _refuse_incomplete(text: SlideText, *extra: str) -> bool:
    missing = [*text.missing(), *extra]
    if missing:
        st.session_state[LAST_CHANGE] = Outcome(
            error=f"Nothing was changed: the slide needs its {' and '.join(missing)}."
        )
    return bool(missing)


def _add(repo: Repository, view: View, titles: dict[str, str], editor: str) -> None:
    text = _text_from("add")
    chosen = st.session_state.get("add_briefing") or NEW
    new_title = (st.session_state.get("add_briefing_title") or "").strip()
    if _refuse_incomplete(text, *(["title of the new briefing"] if chosen == NEW and not new_title else [])):
        return
    frame = repo.frame("briefings")
    briefing = chosen if chosen != NEW else new_briefing_id(new_title, set(titles))
    file = briefing_file(frame, briefing)
    content = with_slide_added(
        repo.rows_of(file),
        briefing=briefing,
        briefing_title=titles.get(briefing, new_title),
        view=view.slug,
        state=state_of(view, address_query()),
        text=text,
    )
    title = titles.get(briefing, new_title)
    done = f"Added this view to “{title}” as its last slide:"
    st.session_state[LAST_CHANGE] = publish_edit(repo, file, content, editor=editor, action="slide added", done=done)


def _edit_prefix(slide: Slide) -> str:
    # Named by the slide's content too: after a move or an edit, the form at this position
    # opens with the slide now there, not with what was typed for the one before.
    content = "\x1f".join([slide.title, slide.notes, slide.source_id, slide.source_locator or ""])
    return f"edit_{slide.briefing}_{slide.number}_{hashlib.sha256(content.encode()).hexdigest()[:8]}"


def _publish_change(
    repo: Repository, slide: Slide, editor: str, what: str, edit: Callable[..., bytes], *edit_args: object
) -> None:
    """The slide's file with `edit(rows, briefing, number, *edit_args)` applied, published."""
    file = briefing_file(repo.frame("briefings"), slide.briefing)
    st.session_state[LAST_CHANGE] = publish_edit(
        repo,
        file,
        edit(repo.rows_of(file), slide.briefing, slide.number, *edit_args),
        editor=editor,
        action=f"slide {what}",
        done=f"Slide {slide.number} (“{slide.title}”) {what}:",
    )


def _edit(repo: Repository, slide: Slide, editor: str) -> None:
    text = _text_from(_edit_prefix(slide))
    if not _refuse_incomplete(text):
        _publish_change(repo, slide, editor, "edited", with_slide_edited, text)
