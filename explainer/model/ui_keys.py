"""The interface words every language of a pack provides, with what each is for.

Braced names such as ``{date}`` are filled in by the app; a translation must
keep the same ones.
"""

from __future__ import annotations

UI_KEYS: dict[str, str] = {
    "home": "button that returns to the whole diagram",
    "fit": "button that fits the diagram to the window",
    "zoom_in": "button that zooms in",
    "zoom_out": "button that zooms out",
    "sources": "button and heading for the list of sources",
    "about": "button and heading for the about view",
    "back": "button that leaves the sources or about view",
    "language": "label of the language control",
    "side_by_side": "label of the control that shows a second language beside the first in the panel",
    "one_language": "choice in that control for showing one language only",
    "diagram_name": "what a screen reader calls the diagram",
    "diagram_description": "screen-reader hint for the diagram; {count} is the number of parts",
    "panel_name": "what a screen reader calls the explanation panel",
    "position": "screen-reader position of a part; {index} and {count}",
    "sends_to": "screen-reader hint listing where a part sends data; {names}",
    "arrow_name": "screen-reader name of an arrow; {source} and {target}",
    "pathway_number": "badge before a pathway title; {number}",
    "facts_heading": "heading above the facts in the panel",
    "as_of": "date a fact holds as of; {date}",
    "source_label": "word before a fact's sources",
    "actions_heading": "heading above the action steps",
    "demand_label": "label of a demand that would close a pathway",
    "now_heading": "heading above what people can do now",
    "not_legal_advice": "note that the actions are education, not legal advice",
    "offline_note": "always-visible note that the app is offline and keeps nothing",
    "reviewed": "when the content was last reviewed; {date}",
    "published": "label before a source's publication date",
    "address": "label before a source's web address",
    "no_date": "shown when a source gives no date",
    "cites": "label listing which facts cite a source",
    "print": "toolbar button that saves a printable handout of the actions as a PDF file",
    "pdf_files": "name of the PDF file type in the save dialog",
    "save_failed": "message when the handout cannot be saved; {path}",
    "qr_caption": "caption under a QR code that holds the action steps' words themselves",
    "handout_more": "handout footer: the app has more facts and every source; {count} sources",
    "card_hint": "above the printed wallet cards: where to cut and fold",
}
