"""The main window: menu bar, toolbar, the screens in a stack, geometry remembered, theme kept in step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from studyapp.core.session import UndoAction
from studyapp.errors import StudyappError
from studyapp.services.changes import Changes
from studyapp.services.learner_cards import changes_of
from studyapp.services.library import Library
from studyapp.storage.health import LibraryDamaged, problem_error
from studyapp.ui import about, library_problems, theme
from studyapp.ui.icons import icon
from studyapp.ui.library_screen import LibraryScreen
from studyapp.ui.review_edits import edit_current, reject_current

if TYPE_CHECKING:
    from studyapp.ui.browser_screen import BrowserScreen
    from studyapp.ui.exam_screen import ExamScreen
    from studyapp.ui.lists_screen import ListsScreen
    from studyapp.ui.quiz_screen import QuizScreen
    from studyapp.ui.reader_screen import ReaderScreen
    from studyapp.ui.review_screen import ReviewScreen
    from studyapp.ui.statistics_screen import StatisticsScreen
    from studyapp.ui.timeline_screen import TimelineScreen

TOOLBAR_TEXT_MIN_WIDTH = 1000
PRACTICE_SCREENS = ("quiz", "exam", "timeline", "lists")
_UNDONE = {action: action.value.capitalize() for action in UndoAction}


class MainWindow(QMainWindow):
    """Holds the screens; each gets the library (the services) in its constructor.

    Args:
        library: the open library (its ``study``, ``settings``, ``exam``, ``stats`` services included).
        ui_settings: where window geometry and the reader's type size are remembered.
        clock: the current UTC time (the same clock the library uses).
    """

    def __init__(self, library: Library, *, ui_settings: QSettings, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.library = library
        self.ui_settings = ui_settings
        self.clock = clock
        self.restart_requested = False  # the learner chose to close and reopen (to restore a backup)
        self.setWindowTitle("studyapp")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(720, 480)

        self.library_screen = LibraryScreen(library)
        # The other screens are built on first use: the window appears sooner.
        self._reader_screen: ReaderScreen | None = None
        self._review_screen: ReviewScreen | None = None
        self._statistics_screen: StatisticsScreen | None = None
        self._browser_screen: BrowserScreen | None = None
        self._practice_screens: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_screen)
        self.setCentralWidget(self.stack)

        self.library_screen.study_requested.connect(self.study)
        self.library_screen.read_requested.connect(self.read)
        self.library_screen.options_requested.connect(self.open_options)
        self.library_screen.changed.connect(lambda changes: self.apply_changes(changes, source=self.library_screen))
        self.library_screen.imported.connect(self.read)  # a new deck opens in the reader: reading comes first
        self.library_screen.set_aside_requested.connect(self.show_set_aside)
        self._review_return = "library"  # where Esc leaves a review for: the screen it was started from

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().showMessage("Ready", 2000)
        self._restore_geometry()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply_theme())
        self.show_screen("library")
        self._problem_watch = QTimer(self, interval=3000, timeout=self.tell_problems)  # background checks
        self._problem_watch.start()

    # --- screens ----------------------------------------------------------------------------------------
    @property
    def reader_screen(self) -> ReaderScreen:
        if self._reader_screen is None:
            from studyapp.ui.reader_screen import ReaderScreen

            size = float(self.ui_settings.value("reader/font_size", 13.0))
            self._reader_screen = ReaderScreen(self.library, font_size=size)
            self._reader_screen.study_section_requested.connect(self.study)
            self._reader_screen.changed.connect(lambda changes: self.apply_changes(changes, source=self._reader_screen))
            self._reader_screen.set_aside_requested.connect(self.show_set_aside)
            self._reader_screen.font_size_changed.connect(lambda s: self.ui_settings.setValue("reader/font_size", s))
            self.stack.addWidget(self._reader_screen)
        return self._reader_screen

    @property
    def review_screen(self) -> ReviewScreen:
        if self._review_screen is None:
            from studyapp.ui.review_screen import ReviewScreen

            self._review_screen = ReviewScreen(self.library, self.clock)
            self._review_screen.changed.connect(self.apply_changes)
            self._review_screen.changed.connect(lambda _changes: self._refresh_undo_label())
            self._review_screen.back_requested.connect(lambda: self.show_screen(self._review_return))
            self._review_screen.study_deck_requested.connect(self.study)
            self._review_screen.read_requested.connect(self.read)
            self._review_screen.statistics_requested.connect(self.show_statistics)
            self._review_screen.set_aside.connect(lambda text: self.statusBar().showMessage(text, 4000))
            self.stack.addWidget(self._review_screen)
        return self._review_screen

    @property
    def statistics_screen(self) -> StatisticsScreen:
        if self._statistics_screen is None:
            from studyapp.ui.statistics_screen import StatisticsScreen

            self._statistics_screen = StatisticsScreen(self.library)
            self.stack.addWidget(self._statistics_screen)
        return self._statistics_screen

    @property
    def browser_screen(self) -> BrowserScreen:
        if self._browser_screen is None:
            from studyapp.ui.browser_screen import BrowserScreen

            self._browser_screen = BrowserScreen(self.library)
            self._browser_screen.changed.connect(lambda c: self.apply_changes(c, source=self._browser_screen))
            self.stack.addWidget(self._browser_screen)
        return self._browser_screen

    def show_browser(self, deck_id: str | None) -> None:
        """Every card of a deck (or of all decks) in the card browser (B)."""
        self.browser_screen.show_deck(deck_id)
        self.show_screen("browser")

    @property
    def quiz_screen(self) -> QuizScreen:
        return self._practice_screen("quiz")

    @property
    def exam_screen(self) -> ExamScreen:
        return self._practice_screen("exam")

    @property
    def timeline_screen(self) -> TimelineScreen:
        return self._practice_screen("timeline")

    @property
    def lists_screen(self) -> ListsScreen:
        return self._practice_screen("lists")

    def _practice_screen(self, name: str):
        """The quiz, exam, timeline and lists screens, built on first use; each says what it changed and asks
        for sentences to be shown in the reader."""
        screen = self._practice_screens.get(name)
        if screen is None:
            from studyapp.ui.exam_screen import ExamScreen
            from studyapp.ui.lists_screen import ListsScreen
            from studyapp.ui.quiz_screen import QuizScreen
            from studyapp.ui.timeline_screen import TimelineScreen

            kind = {"quiz": QuizScreen, "exam": ExamScreen, "timeline": TimelineScreen, "lists": ListsScreen}[name]
            screen = kind(self.library, self.clock)
            screen.changed.connect(self.apply_changes)
            screen.source_requested.connect(self.show_source)
            if name == "exam":
                screen.review_requested.connect(self._retake_in_quiz)
            self._practice_screens[name] = screen
            self.stack.addWidget(screen)
        return screen

    # --- actions ----------------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name, theme.colors().text))
            action.setData(icon_name)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.import_action = a(
            "&Import document…",
            self.library_screen.choose_and_import,
            QKeySequence.StandardKey.Open,
            "import",
            "Import a text or Markdown document as a deck (Ctrl+O)",
        )
        self.export_action = a(
            "&Export to Anki…", self.export, "Ctrl+E", "export", "Export the selected deck as an Anki package (Ctrl+E)"
        )
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = a(
            "&Undo",
            self.undo,
            QKeySequence.StandardKey.Undo,
            "undo",
            "Take back the last rating, bury or suspend (Ctrl+Z)",
        )
        self.options_action = a(
            "Deck &options…",
            lambda: self.open_options(self.current_deck_id()),
            "Ctrl+,",
            "settings",
            "Daily limits, retention, exam date (Ctrl+,)",
        )
        self.study_action = a(
            "&Study now",
            lambda: self.study(self.current_deck_id()),
            "Ctrl+Return",
            "study",
            "Review the current deck's cards due today (Ctrl+Enter)",
        )
        self.screen_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for number, (name, label, icon_name) in enumerate(
            (
                ("library", "&Library", "library"),
                ("reader", "&Reader", "reader"),
                ("review", "Re&view", "review"),
                ("statistics", "S&tatistics", "statistics"),
                ("quiz", "&Quiz", "quiz"),
                ("exam", "&Mock exam", "exam"),
                ("timeline", "T&imeline", "timeline"),
                ("lists", "L&ists", "lists"),
            ),
            1,
        ):
            action = a(
                label,
                lambda n=name: self._screen_action(n),
                f"Ctrl+{number}",
                icon_name,
                f"{label.replace('&', '')} (Ctrl+{number})",
            )
            action.setCheckable(True)
            group.addAction(action)
            self.screen_actions[name] = action
        self.screen_actions["browser"] = browse = a(
            "Card &browser",
            lambda: self._screen_action("browser"),
            "B",
            "browser",
            "Every card: search, edit, reject (B)",
        )
        browse.setCheckable(True)
        group.addAction(browse)
        # Plain keys handled by the review screen; "\t" shows them in the menu without binding them window-wide.
        self.bury_action = a("&Bury card until tomorrow\t-", lambda: self._review_screen and self.review_screen.bury())
        self.suspend_action = a("S&uspend card\t@", lambda: self._review_screen and self.review_screen.suspend())
        self.edit_card_action = a("&Edit card…\tE", lambda: self._review_screen and edit_current(self.review_screen))
        self.reject_action = a("&Reject card…\tDel", lambda: self._review_screen and reject_current(self.review_screen))
        self.set_aside_action = a(
            "Suspended and buried &cards…",
            lambda: self.show_set_aside(self.current_deck_id()),
            "Ctrl+Shift+U",
            tip="See the deck's suspended and buried cards and bring them back (Ctrl+Shift+U)",
        )
        self.print_action = a(
            "&Print a practice test…",
            self.print_test,
            QKeySequence.StandardKey.Print,
            "print",
            "A PDF of questions from chosen sections, with the answer key on its own page (Ctrl+P)",
        )
        self.fullscreen_action = a("&Full screen", self._toggle_full_screen, QKeySequence.StandardKey.FullScreen)
        self.shortcuts_action = a("&Keyboard shortcuts", lambda: about.show_shortcuts(self), "F1")
        self.about_action = a("&About studyapp", lambda: about.show_about(self))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = {
            "&File": (self.import_action, self.export_action, self.print_action, None, self.quit_action),
            "&Edit": (self.undo_action,),
            "&View": (
                *(a for n, a in self.screen_actions.items() if n not in PRACTICE_SCREENS),
                None,
                self.fullscreen_action,
            ),
            "&Practice": (*(self.screen_actions[n] for n in PRACTICE_SCREENS), None, self.print_action),
            "&Deck": (
                self.study_action,
                self.options_action,
                None,
                self.bury_action,
                self.suspend_action,
                self.edit_card_action,
                self.reject_action,
                self.set_aside_action,
            ),
            "&Help": (self.shortcuts_action, self.about_action),
        }
        for title, actions in menus.items():
            menu = bar.addMenu(title)
            if title == "&Edit":
                menu.aboutToShow.connect(self._refresh_undo_label)
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name, action in self.screen_actions.items():
            if name not in PRACTICE_SCREENS:
                bar.addAction(action)
        bar.addWidget(self._practice_button())
        self.practice_button.setToolButtonStyle(bar.toolButtonStyle())
        bar.toolButtonStyleChanged.connect(self.practice_button.setToolButtonStyle)
        bar.addSeparator()
        for action in (self.import_action, self.export_action, self.options_action):
            bar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _practice_button(self) -> QToolButton:
        """One toolbar button for the practice screens (quiz, exam, timeline, lists, print): a menu, so the
        toolbar keeps its labels in a window of ordinary width."""
        menu = QMenu(self)
        for name in PRACTICE_SCREENS:
            menu.addAction(self.screen_actions[name])
        menu.addSeparator()
        menu.addAction(self.print_action)
        button = QToolButton()
        button.setText("Practice")
        button.setIcon(icon("quiz", theme.colors().text))
        button.setToolTip("Quiz, mock exam, timeline, list drills, a printable test (Ctrl+5 to Ctrl+8)")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setCheckable(True)
        self.practice_button = button
        return button

    # --- navigation -------------------------------------------------------------------------------------
    def current_deck_id(self) -> str | None:
        screen = self.stack.currentWidget()
        if screen is not None and screen is not self.library_screen and getattr(screen, "deck_id", None):
            return screen.deck_id
        reader = self._reader_screen
        return self.library_screen.selected_deck_id() or (reader.deck_id if reader else None)

    def show_screen(self, name: str) -> None:
        screen = {
            "library": lambda: self.library_screen,
            "reader": lambda: self.reader_screen,
            "review": lambda: self.review_screen,
            "statistics": lambda: self.statistics_screen,
            "browser": lambda: self.browser_screen,
            **{n: lambda n=n: self._practice_screen(n) for n in PRACTICE_SCREENS},
        }[name]()
        self.stack.setCurrentWidget(screen)
        self.screen_actions[name].setChecked(True)
        self.practice_button.setChecked(name in PRACTICE_SCREENS)
        read_only = " (read-only)" if self.library.read_only else ""
        self.setWindowTitle(f"{self.screen_actions[name].text().replace('&', '')} — studyapp{read_only}")
        for action in (self.bury_action, self.suspend_action, self.edit_card_action, self.reject_action):
            action.setEnabled(screen is self._review_screen)
        self.undo_action.setEnabled(screen in self._undo_screens())
        self._refresh_undo_label()
        if screen is self._review_screen:
            screen.setFocus()
        elif screen is self.library_screen:
            self.library_screen.table.setFocus()

    def _screen_action(self, name: str) -> None:
        deck_id = self.current_deck_id()
        if name == "reader" and deck_id:
            self.read(deck_id)
        elif name == "review" and deck_id:
            review = self._review_screen
            if review is None or review.session is None or review.deck_id != deck_id or review.finished:
                self.study(deck_id)  # a finished session starts afresh: cards may have come due since
            else:
                self.show_screen("review")
        elif name == "statistics":
            self.show_statistics(deck_id)
        elif name == "browser":
            self.show_browser(deck_id)
        elif name in PRACTICE_SCREENS and deck_id:
            self.show_practice(name, deck_id)
        elif name == "library" or not deck_id:
            self.show_screen("library")
        self._problem_watch = QTimer(self, interval=3000, timeout=self.tell_problems)  # background checks
        self._problem_watch.start()

    def read(self, deck_id: str, section_id: str | None = None) -> None:
        """Open a deck in the reader, where it was left (or at ``section_id``)."""
        self.library_screen.select_deck(deck_id)  # back in the library, the deck last used is the one selected
        self.reader_screen.show_deck(deck_id)
        if section_id:
            self.reader_screen.show_section(section_id)
        self.show_screen("reader")

    def study(self, deck_id: str | None, section_id: str | None = None) -> None:
        if not deck_id:
            return
        self.library_screen.select_deck(deck_id)
        current = self.stack.currentWidget()
        if current is not self._review_screen:
            self._review_return = "reader" if current is self._reader_screen and current is not None else "library"
        self.review_screen.start(deck_id, section_id, back_to=f"the {self._review_return}")
        self.show_screen("review")

    def show_statistics(self, deck_id: str | None) -> None:
        self.library_screen.select_deck(deck_id)
        self.statistics_screen.show_deck(deck_id)
        self.show_screen("statistics")

    def show_practice(self, name: str, deck_id: str) -> None:
        """One of the practice screens ("quiz", "exam", "timeline", "lists") on a deck."""
        self.library_screen.select_deck(deck_id)
        self._practice_screen(name).show_deck(deck_id)
        self.show_screen(name)

    def practice(self, deck_id: str) -> None:
        self.show_practice("quiz", deck_id)

    def show_source(self, deck_id: str, section_id: str, sentence: str) -> None:
        """The reader at a sentence (a question's source, a timeline event)."""
        self.read(deck_id)
        if not self.reader_screen.show_sentence(section_id, sentence):
            self.statusBar().showMessage("That sentence is no longer in the document.", 4000)

    def _retake_in_quiz(self, deck_id: str, questions) -> None:
        self.show_practice("quiz", deck_id)
        self.quiz_screen.start(questions)

    def print_test(self) -> None:
        deck_id = self.current_deck_id()
        if not deck_id:
            QMessageBox.information(self, "Print a practice test", "Import or select a deck first.")
            return
        from studyapp.ui.print_dialog import PrintTestDialog

        PrintTestDialog(self.library, deck_id, self).exec()

    def undo(self) -> None:
        """Take back the latest action, whichever history holds it: the review session's (answers, bury, suspend,
        and edits or rejects made on the review screen) or the learner's card changes made in the browser, the
        editor or the reader (edit, reject, restore, own card)."""
        source = self._undo_source()
        review = self._review_screen
        if source == "review" and review is not None:
            action = review.undo_action
            done = review.undo()
            message = f"{_UNDONE[action] if action else 'Rating'} taken back." if done else "Nothing to undo."
        elif source == "card":
            change = self.library.learner_cards.undo()
            if change is not None:
                self.apply_changes(changes_of(change))
                if self._browser_screen is not None and self.stack.currentWidget() is self._browser_screen:
                    self._browser_screen.table.setFocus()
            message = f"{_UNDONE[change.action]} taken back." if change else "Nothing to undo."
        else:
            message = "Nothing to undo."
        self.statusBar().showMessage(message, 3000)
        self._refresh_undo_label()

    def _undo_source(self) -> str | None:
        """ "review" or "card": the history whose last action is the latest (by undo mark); None when both
        are empty or this screen has no undo."""
        if self.stack.currentWidget() not in self._undo_screens():
            return None
        review = self._review_screen
        review_mark = review.session.last_undo_mark if review is not None and review.session else None
        card_mark = self.library.learner_cards.last_undo_mark
        if review_mark is None and card_mark is None:
            return None
        return "review" if card_mark is None or (review_mark is not None and review_mark > card_mark) else "card"

    def _undo_screens(self) -> tuple[QWidget | None, ...]:
        return (self._review_screen, self._browser_screen, self._reader_screen)

    def _refresh_undo_label(self) -> None:
        """The Edit menu names what Undo takes back ("Undo bury")."""
        source, review = self._undo_source(), self._review_screen
        action: UndoAction | None = None
        if source == "review" and review is not None:
            action = review.undo_action
        elif source == "card":
            change = self.library.learner_cards.last_change()
            action = change.action if change else None
        self.undo_action.setText(f"&Undo {action}" if action else "&Undo")

    def open_options(self, deck_id: str | None) -> None:
        if not deck_id:
            return
        from studyapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.library, deck_id, self)
        if dialog.exec():
            self.apply_changes(dialog.changes)
            self.statusBar().showMessage("Deck options saved.", 3000)

    def show_set_aside(self, deck_id: str | None, section_id: str | None = None) -> None:
        """The deck's (or a section's) suspended and buried cards, to bring back."""
        if not deck_id:
            return
        from studyapp.ui.set_aside_dialog import SetAsideDialog

        dialog = SetAsideDialog(self.library, deck_id, section_id, self)
        dialog.restored.connect(self.apply_changes)
        dialog.exec()

    def export(self) -> None:
        deck_id = self.current_deck_id()
        if not deck_id:
            QMessageBox.information(self, "Export to Anki", "Import or select a deck first.")
            return
        from studyapp.ui.export_dialog import ExportDialog

        ExportDialog(self.library, deck_id, self).exec()

    def apply_changes(self, changes: Changes, *, source: QWidget | None = None) -> None:
        """Pass what a service call changed to the screens that show it (but the ``source`` that made it)."""
        if not changes:
            return
        self.tell_problems()
        if source is not self.library_screen:
            self.library_screen.refresh(changes)
        if (changes.decks or changes.cards) and self._reader_screen not in (None, source):
            self._reader_screen.refresh(changes)
        if self._statistics_screen is not None:
            self._statistics_screen.refresh(changes)
        if self._browser_screen not in (None, source) and self.stack.currentWidget() is self._browser_screen:
            self._browser_screen.refresh(changes)
        self._refresh_undo_label()  # a change made anywhere may be the latest to undo

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- appearance and geometry --------------------------------------------------------------------------
    def apply_theme(self) -> None:
        """Restyle everything for the current light or dark scheme (the system switched, or a test asks)."""
        theme.apply(QApplication.instance())
        for action in self.findChildren(QAction):
            if action.data():
                action.setIcon(icon(action.data(), theme.colors().text))
        self.practice_button.setIcon(icon("quiz", theme.colors().text))
        self.library_screen.refresh()
        if self._reader_screen is not None:
            self._reader_screen.restyle()
        if self._review_screen is not None:
            self._review_screen.render()

    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(1280, int(area.width() * 0.85)), min(820, int(area.height() * 0.85)))
        else:
            self.resize(1280, 800)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < TOOLBAR_TEXT_MIN_WIDTH  # keep every action reachable in a small window
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly if narrow else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )

    def tell_problems(self) -> None:
        """Tell the learner of damage or a failed backup found in the background (each once)."""
        problem = self.library.problem()
        if problem is None:
            return
        # The status bar keeps saying it after the message is closed, until another message takes its place.
        self.statusBar().showMessage(f"{library_problems.TITLES.get(problem.problem, 'Library problem')}.")
        if library_problems.tell_found(problem, self):
            self.restart_requested = True
            self.close()

    def close_library(self) -> None:
        """Close the library (writing its closing backup); a failure is told before the window goes."""
        try:
            self.library.close()
        except (StudyappError, sqlite3.Error, OSError) as error:
            words = self._words(error)
            if isinstance(error, LibraryDamaged):
                words += " The next start offers the newest sound backup."
            library_problems.tell(self if self.isVisible() else None, "studyapp is closing", words)

    def _words(self, error: BaseException) -> str:
        return str(problem_error(error, self.library.path, doing="saving the reading position"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._problem_watch.stop()
        try:
            if self._reader_screen is not None:
                self._reader_screen.finish()
        except (StudyappError, sqlite3.Error, OSError) as error:  # told, and the window still closes
            library_problems.tell(self, "studyapp is closing", self._words(error))
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.sync()
        self.close_library()
        super().closeEvent(event)
