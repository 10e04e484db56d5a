"""The main window: the diagram, the explanation panel and the controls around them."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QIcon, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer.chrome_fit import NARROW, fit_toolbar, reading_rect, start_size
from explainer.first_frame import after_first_frame
from explainer.look.fonts import FONT_FAMILY
from explainer.look.theme import Theme, high_contrast_theme, standard_theme
from explainer.model.contact import Contact
from explainer.model.pack import Pack, Words
from explainer.model.state_facts import picture
from explainer.model.state_words import SYMBOLS, state_word
from explainer.navigator import Fields, Navigator
from explainer.panel_focus import PanelFocus
from explainer.panel_sheet import PanelSheet
from explainer.panels import explanation, state_panel
from explainer.panels.order import item_html, overview_html
from explainer.panels.panel import ExplanationPanel
from explainer.paths import assets_dir
from explainer.scene import node_item
from explainer.scene.diagram_scene import DiagramScene
from explainer.scene.diagram_view import DiagramView
from explainer.search_field import SearchField
from explainer.state_picker import StatePicker
from explainer.won_bar import WonBar
from explainer.wording import dates

TEXT_SIZES = (1.0, 1.25, 1.5, 2.0, 2.5)
"""The sizes the toolbar's text-size button steps through (Ctrl+plus and Ctrl+minus step by a quarter)."""
CONTRAST_KEY = "Ctrl+Shift+H"
"""High contrast on or off, in explore mode."""


def icon(name: str) -> QIcon:
    return QIcon(str(assets_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    """Composes the parts; every word comes from the pack through ``retranslate``."""

    def __init__(self, pack: Pack, navigator: Navigator) -> None:
        super().__init__()
        self.pack = pack
        self.navigator = navigator
        self.contact: Contact | None = None
        """The organiser's local group (``--contact``): printed on handouts, shown at the kiosk; never built in."""
        self.scene = DiagramScene(pack, self.words, self._theme(), self, cache_at_once=False)
        self.view = DiagramView(self.scene)
        self.panel = ExplanationPanel()
        self._read_zoomed = False
        """The camera came close to an opened box on a narrow window (``_zoom_to_read``)."""
        self._build_toolbar()
        self._build_body()
        self._lane_shown = False
        """The camera was moved to a pathway's lane (so going home shows the whole map again)."""
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(400)
        self._warm_timer.timeout.connect(self._warm_codes)
        self._wire()
        self.panel_focus = PanelFocus(self.view, self.panel, lambda: self.words, self)
        """Enter on an item focuses the panel's heading; Esc there goes back to the item; F6 moves between regions."""
        self.scene.set_won(pack.demands.cut(navigator.won))
        # Its size before its words: the toolbar's fit (``_fit_chrome``) is then tried at the width it opens at,
        # not at Qt's default 640 pixels (which took it through all three of its layouts first).
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.resize(start_size(screen.availableGeometry()) if screen is not None else QSize(1280, 760))
        self.retranslate()
        after_first_frame(self, self._finish)

    def _finish(self) -> None:
        """What the first frame does not show, made just after it: the state list, the names to search, and the
        map's cached images (made at each item's next paint)."""
        self.state_picker.fill()
        self.search.finish()
        self.scene.cache_items()

    @property
    def words(self) -> Words:
        return self.pack.language(self.navigator.language)

    def _theme(self) -> Theme:
        make = high_contrast_theme if self.navigator.contrast else standard_theme
        return make(self.navigator.text_scale)

    # -- building ----------------------------------------------------------------
    def _action(self, name: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(icon(name), "", self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_toolbar(self) -> None:
        nav = self.navigator
        self.home_action = self._action("home", nav.home)
        self.fit_action = self._action("fit", self.view.fit)
        self.zoom_out_action = self._action("zoom-out", self.view.zoom_out)
        self.zoom_in_action = self._action("zoom-in", self.view.zoom_in)
        self.sources_action = self._action("sources", lambda: nav.show_view("sources"))
        self.about_action = self._action("about", lambda: nav.show_view("about"))
        self.back_action = self._action("back", lambda: nav.show_view("diagram"))
        self.print_action = self._action("print", self.save_handout, QKeySequence(QKeySequence.StandardKey.Print))
        self.text_size_action = self._action("text-size", self._next_text_size)
        self.contrast_action = self._action("contrast", lambda on: nav.set_contrast(bool(on)), QKeySequence(CONTRAST_KEY))
        self.contrast_action.setCheckable(True)
        bar = QToolBar()
        bar.setObjectName("controls")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        for action in (self.home_action, self.fit_action, self.zoom_out_action, self.zoom_in_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.sources_action, self.about_action, self.back_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.print_action)
        bar.addSeparator()
        bar.addAction(self.text_size_action)
        bar.addAction(self.contrast_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.language_label = QLabel()
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
        self.language_box = QComboBox()
        self.second_box = QComboBox()
        for code in self.pack.languages:
            self.language_box.addItem(self.pack.language(code).name, code)
        self.language_label.setBuddy(self.language_box)
        self.second_label = QLabel()
        self.second_label.setTextFormat(Qt.TextFormat.PlainText)
        self.second_label.setBuddy(self.second_box)
        self._labels = [bar.addWidget(self.language_label)]
        """The words in front of the language boxes: hidden first when the toolbar is short of room."""
        bar.addWidget(self.language_box)
        if len(self.pack.languages) > 1:
            bar.addSeparator()
            self._labels.append(bar.addWidget(self.second_label))
            bar.addWidget(self.second_box)
        self.toolbar = bar
        self.toolbars: list[QToolBar] = []
        """Every toolbar, the window's and those modes added with ``add_toolbar``: the chrome a mode may hide."""
        self.add_toolbar(bar, Qt.ToolBarArea.TopToolBarArea)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):  # separators, the spacer and labels are no Tab stops
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # "Your state" has a row of its own under the controls: the top row is full at 1280 pixels.
        self.state_picker = StatePicker(self.navigator)
        self.state_bar = QToolBar()
        self.state_bar.setObjectName("state")
        self.state_bar.setMovable(False)
        self.state_bar.setFloatable(False)
        self.state_bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.state_bar.addWidget(self.state_picker)
        # Find a box or arrow by name (search_field.py): at the row's far end, where the top row has no room left.
        self.search = SearchField(self.pack)
        self.search_action = self.state_bar.addWidget(self.search)
        """Shown with the state row; a kiosk hides it (finding by name needs a keyboard)."""
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.add_toolbar(self.state_bar, Qt.ToolBarArea.TopToolBarArea)

    def _build_body(self) -> None:
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.won_bar = WonBar(self.pack, self.navigator)
        """Under the map, one button per demand: what if it wins? (``navigator.won``)."""
        self.map_column = QWidget()
        map_layout = QVBoxLayout(self.map_column)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(0)
        map_layout.addWidget(self.view, 1)
        map_layout.addWidget(self.won_bar)
        self.splitter.addWidget(self.map_column)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.sheet = PanelSheet(self.splitter, self.panel)
        """On a narrow window the panel slides away and back (a button on the handle, or a drag)."""
        self.footer = QLabel()
        self.footer.setTextFormat(Qt.TextFormat.PlainText)  # offline_note may be a pack's word: never rich text
        self.footer.setObjectName("offline-note")
        self.footer.setContentsMargins(12, 4, 12, 6)
        self.footer.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.splitter, 1)
        self.bars = QVBoxLayout()
        self.bars.setContentsMargins(0, 0, 0, 0)
        self.bars.setSpacing(0)
        column.addLayout(self.bars)
        row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("offline").pixmap(QSize(18, 18)))
        badge.setContentsMargins(12, 0, 0, 0)
        row.addWidget(badge)
        row.addWidget(self.footer, 1)
        column.addLayout(row)
        self.setCentralWidget(body)

    def _wire(self) -> None:
        nav = self.navigator
        self.scene.activated.connect(self._activate)
        nav.changed.connect(self._follow)
        self.language_box.activated.connect(lambda i: nav.set_language(self.language_box.itemData(i)))
        self.second_box.activated.connect(lambda i: nav.set_second_language(self.second_box.itemData(i)))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, nav.home)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: nav.set_text_scale(nav.text_scale + 0.25))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: nav.set_text_scale(nav.text_scale + 0.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: nav.set_text_scale(nav.text_scale - 0.25))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: nav.set_text_scale(1.0))
        for keys in (QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("/")):
            QShortcut(keys, self, self._to_search)
        self.search.found.connect(self._found)

    # -- following the navigator ------------------------------------------------------
    def _activate(self, item_id: str) -> None:
        self.navigator.select(item_id)

    def _to_search(self) -> None:
        """Ctrl+F or /: the keyboard goes to the search field (when it is shown: not in a kiosk or a tour)."""
        if self.search.isVisible():
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def _found(self, item_id: str) -> None:
        """The search chose a part: open it and bring it into view (a pathway's lane zooms itself: ``_follow``)."""
        self.navigator.select(item_id)
        if item_id not in self.pack.pathways:
            self.view.fly_to(self.scene.bounds_of([item_id]), 160.0, animate=not self.navigator.reduced_motion)

    def _show_lane(self, item_id: str | None) -> None:
        """A pathway chosen: the camera shows its whole lane; back to the whole map when it is let go."""
        if item_id in self.scene.lanes:
            self.view.fly_to(self.scene.lanes[item_id].sceneBoundingRect(), animate=not self.navigator.reduced_motion)
            self._lane_shown = True
        elif item_id is None and self._lane_shown:
            self.view.fit()
            self._lane_shown = False

    def _zoom_to_read(self, item_id: str | None) -> None:
        """On a narrow window (a 1024-pixel screen), an opened box or arrow comes close enough that its smallest
        words are 12 pixels tall; back to the whole map when nothing is open. Not in a tour: it moves its own camera."""
        if item_id is None or item_id in self.scene.lanes:
            if item_id is None and self._read_zoomed:
                self.view.fit()
            self._read_zoomed = False
            return
        if self.width() >= NARROW or not self.toolbar.isVisible():
            return
        smallest = self.scene.theme.font(node_item.SUBTITLE_SIZE).pixelSize()
        rect = reading_rect(self.scene.bounds_of([item_id]), self.view.viewport().size(), self.view.transform().m11(),
                            smallest)
        if rect is not None:
            self.view.fly_to(rect, 0.0, animate=not self.navigator.reduced_motion)
            self._read_zoomed = True

    def _follow(self, fields: Fields) -> None:
        """Show one change of the navigator: each part is redrawn at most once, the panel once."""
        if fields & {"text_scale", "contrast"}:
            self.apply_theme()
            if "contrast" in fields and not fields & {"language", "second_language", "selection", "view", "state"}:
                self._refresh()  # the panel's words in the new colours
        if fields & {"language", "second_language"}:
            self.retranslate()  # shows the selection and refreshes the panel too
            if "language" in fields:
                self._warm_timer.start()
            return
        if "state" in fields:
            self._show_state()
        if "won" in fields:
            self.scene.set_won(self.pack.demands.cut(self.navigator.won))
            if not fields & {"selection", "view", "state"}:
                self._refresh()
        if "selection" in fields:
            self.scene.show_selection(self.navigator.selection)
            self._show_lane(self.navigator.selection)
            self._zoom_to_read(self.navigator.selection)
            if self.navigator.selection is not None and self.sheet.closed:
                self.sheet.set_closed(False)  # what was opened is explained on the sheet
        if fields & {"selection", "view", "state"}:
            self._refresh()

    def apply_theme(self) -> None:
        scale = self.navigator.text_scale
        # The whole interface grows with the text: toolbars, labels, footer, buttons; then the panel its own way.
        self.setFont(QFont(FONT_FAMILY, round(11 * scale)))
        # The map keeps its zoom, so its words grow with the rest; it may no longer fit (a swipe pans, Fit shows it all).
        self.view.keeping_zoom(lambda: self.scene.set_theme(self._theme()))
        self.panel.set_text_scale(scale)
        self.panel.set_contrast(self.navigator.contrast)
        icons = round(22 * min(scale, 1.8))
        self.toolbar.setIconSize(QSize(icons, icons))
        self.contrast_action.setChecked(self.navigator.contrast)
        self._fit_chrome()

    def _next_text_size(self) -> None:
        """The toolbar's text-size button: each press one size bigger, after the biggest back to normal."""
        now = self.navigator.text_scale
        bigger = [s for s in TEXT_SIZES if s > now + 1e-6]
        self.navigator.set_text_scale(bigger[0] if bigger else TEXT_SIZES[0])

    def _fit_chrome(self) -> None:
        """Keep every toolbar control on the row (the language boxes never behind »), and reading widths inside."""
        fit_toolbar(self.toolbar, self.width(), self._labels)
        self._reading_width()

    def _reading_width(self) -> None:
        """Sources and About wrap at a readable width, or at the panel's edge when that is nearer."""
        wide = round(860 * self.navigator.text_scale)
        diagram = self.navigator.view == "diagram"
        self.panel.set_reading_width(None if diagram or wide > self.splitter.width() - 40 else wide)

    # -- named places where a mode changes the window ------------------------------------------
    def add_toolbar(self, bar: QToolBar, area: Qt.ToolBarArea) -> None:
        """Add a mode's toolbar (the kiosk's bottom bar); it counts as chrome that ``chrome`` lists."""
        self.addToolBar(area, bar)
        self.toolbars.append(bar)

    def add_bar(self, bar: QWidget) -> None:
        """Add a mode's bar across the window under the diagram and panel, above the offline note."""
        self.bars.addWidget(bar)

    def chrome(self) -> list[QWidget]:
        """The parts around the diagram a mode may hide to give it the screen: the toolbars and the panel."""
        return [*self.toolbars, self.panel]

    def retranslate(self) -> None:
        """Show every word in the current language(s), keeping selection and zoom."""
        w = self.words
        nav = self.navigator
        direction = Qt.LayoutDirection.RightToLeft if w.direction == "rtl" else Qt.LayoutDirection.LeftToRight
        QGuiApplication.setLayoutDirection(direction)
        # What assistive technology is told the app speaks (AT-SPI's locale): the language, in the system's country
        # (a Spanish speaker in the U.S. still prints on Letter paper).
        spoken = QLocale(w.code)
        QLocale.setDefault(QLocale(spoken.language(), spoken.script(), QLocale.system().territory()))
        self.setWindowTitle(w.get("title"))
        for action, key in ((self.home_action, "home"), (self.fit_action, "fit"), (self.zoom_out_action, "zoom_out"),
                            (self.zoom_in_action, "zoom_in"), (self.sources_action, "sources"),
                            (self.about_action, "about"), (self.back_action, "back"), (self.print_action, "print"),
                            (self.text_size_action, "text_size"), (self.contrast_action, "contrast")):
            action.setText(w.ui(key))  # the tooltip follows the text
            if "<" in action.text() or action.toolTip().startswith("<span>"):
                # A tooltip guesses rich text: show a pack's "<img ...>" as the characters typed.
                action.setToolTip(f"<span>{html.escape(action.text())}</span>" if "<" in action.text() else "")
        self.language_label.setText(w.ui("language"))
        self.sheet.set_words(w.ui("panel_hide"), w.ui("panel_show"))
        self.language_box.setCurrentIndex(self.language_box.findData(nav.language))
        self.language_box.setAccessibleName(w.ui("language"))
        self.second_label.setText(w.ui("side_by_side"))
        self.second_box.setAccessibleName(w.ui("side_by_side"))
        self.second_box.clear()
        self.second_box.addItem(w.ui("one_language"), None)
        for code in self.pack.languages:
            if code != nav.language:
                self.second_box.addItem(self.pack.language(code).name, code)
        self.second_box.setCurrentIndex(max(0, self.second_box.findData(nav.second_language)))
        self._balance_panel()
        self.view.setAccessibleName(w.ui("diagram_name"))
        self.view.setAccessibleDescription(w.ui("diagram_description", count=len(self.view.focus_items())))
        self.footer.setText(f"{w.ui('offline_note')}  ·  "
                            f"{w.ui('reviewed', date=dates(w.code)(self.pack.structure.reviewed))}")
        self.scene.set_words(w)  # lays out again only if the words changed
        self.search.set_words(w)
        self._show_state()
        self.scene.show_selection(nav.selection)
        self._refresh()
        self._fit_chrome()  # the words changed length

    def _show_state(self) -> None:
        """Mark each lane for the chosen state (a symbol and a word) and give its items the marks in words."""
        code, language = self.navigator.state, self.navigator.language
        if code is None:
            self.scene.set_state_marks({}, {})
            return
        fmt = dates(language)
        marks = picture(self.pack, code).marks
        self.scene.set_state_marks(
            {p: [(SYMBOLS[k], state_word(language, k)) for k in m.kinds] for p, m in marks.items()},
            {p: state_panel.mark_line(self.pack, language, code, p, fmt, symbols=False) for p in marks},
        )

    def _balance_panel(self) -> None:
        """Give the panel more room when it shows two languages side by side."""
        self.sheet.follow_width(self.width())
        total = self.splitter.width()
        room = total - self.splitter.handleWidth()  # the sheet's strip comes from the map, not the panel
        if self.sheet.closed:
            self.splitter.setSizes([room, 0])
            return
        share = 0.5 if self.navigator.second_language else 0.3
        # On a small screen the panel keeps a readable width (up to 410 px, 40 %), so "What you can do" fits.
        panel = max(int(total * share), min(410, int(total * 0.4)), self.panel.minimumWidth())
        self.splitter.setSizes([room - panel, panel])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._balance_panel()
        self._warm_timer.start()

    def _warm_codes(self, pending: list[str | None] | None = None) -> None:
        """Make the panel's QR codes in idle moments, one at a time, so no click waits for one."""
        from explainer.actioncode.qr_qt import actions_code

        todo = [None, *self.pack.pathways] if pending is None else pending
        if todo and self.isVisible():
            actions_code(self.pack, self.words, todo[0])
            QTimer.singleShot(0, self, lambda: self._warm_codes(todo[1:]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._balance_panel()
        self._fit_chrome()

    def _html(self, code: str) -> str:
        words = self.pack.language(code)
        fmt = dates(code)
        nav = self.navigator
        if nav.view == "sources":
            return explanation.sources_html(self.pack, words, fmt)
        if nav.view == "about":
            from explainer.packsign.status import describe  # read when About opens, not for the first frame

            signature, values = describe(self.pack.root)
            return explanation.about_html(self.pack, words, fmt, words.ui(signature, **values))
        if nav.selection is None and nav.state is not None:
            return state_panel.summary_html(self.pack, words, fmt, nav.state)
        if nav.selection is None:
            return overview_html(self.pack, words, fmt, nav.won)
        from explainer.actioncode.qr_qt import actions_code  # not needed for the first frame

        name, image = actions_code(self.pack, words, self.pack.pathway_of(nav.selection))
        self.panel.add_image(name, image)
        return item_html(nav.selection, self.pack, words, fmt, name, nav.state, nav.won)

    def save_handout(self) -> None:
        """Write the handout in the shown language(s) to a PDF the person chooses."""
        from explainer.handout.save_dialog import save_handout

        second = self.navigator.second_language
        save_handout(self, self.pack, [self.navigator.language, *([second] if second else [])], self.contact)

    def _refresh(self) -> None:
        nav = self.navigator
        second = nav.second_language
        self.back_action.setVisible(nav.view != "diagram")
        self.view.setVisible(nav.view == "diagram")
        self.map_column.setVisible(nav.view == "diagram")  # the map and its won buttons
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(nav.view == "diagram")
        self._reading_width()
        self.panel.set_names(self.words.ui("panel_name"), self.words.name,
                             self.pack.language(second).name if second else "")
        self.panel.show_html(
            self._html(nav.language),
            self._html(second) if second else None,
            self.words.direction == "rtl",
            bool(second) and self.pack.language(second or "").direction == "rtl",
        )
