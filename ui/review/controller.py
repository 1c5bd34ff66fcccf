"""The review workflow: generates suggestions in the background, keeps the queue, the panel and the layer in step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from models.errors import Cancelled, NotFound
from models.suggest import run_suggestions
from models.types import Annotation, Changes, Tag
from ui.errors import present_error
from ui.review.commands import SetReviewStatus
from ui.review.layer import SuggestionLayer
from ui.review.panel import ReviewPanel
from ui.review.queue import ACCEPTED, REJECTED, SUGGESTED, ReviewQueue, current_section, section_name
from ui.review.view_input import ViewReviewInput

if TYPE_CHECKING:
    from models.store import Store
    from ui.main_window import MainWindow

INCREMENTAL_LIMIT = 64  # changes naming more annotations than this reload the whole queue
KEYWORD_COUNT = 15
# keywords wait until the window has settled after a document opened (jieba's first load takes
# seconds of CPU a worker would otherwise take from the first paint)
KEYWORD_DELAY_MS = 600


def _suggest_job(doc_id: int):  # type: ignore[no-untyped-def]
    def job(store: Store, _progress: Any, cancelled: Any) -> Changes:
        if cancelled() or not store.documents.has(doc_id):
            return Changes()
        try:
            return run_suggestions(store, doc_id, cancelled=cancelled)
        except Cancelled:  # the window is closing: nothing was stored
            return Changes()

    return job


def _keywords_job(doc_id: int):  # type: ignore[no-untyped-def]
    """Keywords of one document; ``(doc_id, None)`` when cancelled between its (slow) steps."""

    def job(store: Store, _progress: Any, cancelled: Any) -> tuple[int, list[str] | None]:
        if cancelled() or not store.documents.has(doc_id):
            return doc_id, None
        from models.suggest.keywords import keywords_in_helper_process

        # jieba runs in a helper process: loading it in this worker would hold the GIL for
        # seconds and freeze the window
        words = keywords_in_helper_process(store.documents.display_text(doc_id), KEYWORD_COUNT, cancelled=cancelled)
        return doc_id, words

    return job


class ReviewController(QObject):
    """Owns one window's review state; the panel and the document view only show it."""

    generation_finished = Signal()  # the background queue ran dry
    queue_changed = Signal()  # the pending list of the current document was reloaded

    def __init__(self, window: MainWindow, panel: ReviewPanel) -> None:
        super().__init__(window)
        self.setObjectName("reviewController")
        self.window, self.panel = window, panel
        self.queue = ReviewQueue()
        self._tags: dict[int, Tag] = {t.id: t for t in window.store.tags.all()}
        self.layer = SuggestionLayer(window.document_view(), self._tag_color)
        self._known_docs = set(window.store.documents.ids())
        self._keywords: dict[int, list[str]] = {}
        self._keyword_tasks: set[int] = set()
        self._keyword_timer = QTimer(self, singleShot=True, interval=KEYWORD_DELAY_MS)
        self._keyword_timer.timeout.connect(self.show_keywords)
        self._pending: list[int] = []
        self._running_doc = 0
        self._running_task = 0
        self._done = self._total = self._made = 0  # reports done, queued; suggestions made
        self.auto_generate = True
        self._closing = False
        window.installEventFilter(self)  # sees the close before the project shuts its tasks down
        panel.accept_requested.connect(self.accept_current)
        panel.reject_requested.connect(self.reject_current)
        panel.step_requested.connect(self.step)
        panel.accept_section_requested.connect(self.accept_section)
        panel.generate_requested.connect(self.generate_current)
        panel.cancel_requested.connect(self.cancel_generation)
        panel.current_changed.connect(self._on_panel_current_changed)
        panel.attributes_edited.connect(self._on_panel_attributes_edited)
        window.document_opened.connect(self._on_window_document_opened)
        self.view_input = ViewReviewInput(window.document_view(), lambda: self.queue)
        self.view_input.suggestion_clicked.connect(self._on_view_suggestion_clicked)
        self.view_input.accept_pressed.connect(self.accept_current)
        self.view_input.reject_pressed.connect(self.reject_current)
        # connected after the core's own handlers, so the view is already up to date when we run
        # after the annotator has brought the document view in step (the layer paints over it)
        window.annotator.changes_shown.connect(self._on_annotator_changes_shown)
        self._show_document(window.current_document_id())

    # state -----------------------------------------------------------------
    @property
    def document_id(self) -> int:
        return self.queue.document_id

    def pending_count(self) -> int:
        return len(self.queue)

    def is_generating(self) -> bool:
        return bool(self._running_task or self._pending)

    # generation --------------------------------------------------------------
    def generate_current(self) -> None:
        if self.document_id:
            self.generate([self.document_id])
            self.panel.focus_list()  # the keys (Enter, Backspace, N/P) go to the suggestions once they are in

    def generate_all(self) -> None:
        self.generate(self.window.store.documents.ids())

    def generate(self, doc_ids: list[int]) -> None:
        """Queue documents for suggestion off the GUI thread, one document per task."""
        fresh = [d for d in dict.fromkeys(doc_ids) if d not in self._pending and d != self._running_doc]
        if not fresh:
            return
        self._pending.extend(fresh)
        self._total += len(fresh)
        self._show_progress()
        if not self._running_task:
            self._start_next()

    def cancel_generation(self) -> None:
        self._pending.clear()
        if self._running_task:
            self.window.tasks.cancel(self._running_task)
        self._done = self._total = self._made = 0
        self.panel.set_progress(0, 0, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._closing = True
            self._pending.clear()  # no new task may start while the runner shuts down
            self._keyword_timer.stop()
        return False

    def _start_next(self) -> None:
        if not self._pending or self._closing:
            if self._total > 1 and not self._closing:  # a run over several reports says it is over, and what it found
                self._say_finished()
            self._running_doc = self._running_task = 0
            self._done = self._total = self._made = 0
            self.panel.set_progress(0, 0, "")
            self.generation_finished.emit()
            return
        self._running_doc = self._pending.pop(0)
        self._running_task = self.window.tasks.run(
            _suggest_job(self._running_doc),
            owner=self,
            on_success=self._on_suggest_succeeded,
            on_failure=self._on_suggest_failed,
            label=self.tr("正在生成建议"),
            initiator=self,
            show_progress=False,
        )

    def _on_suggest_succeeded(self, changes: Changes) -> None:
        self._done += 1
        self._made += len(changes.annotations)
        self._running_task = 0  # the runner has broadcast the changes
        self._show_progress()
        self._start_next()

    def _on_suggest_failed(self, exc: BaseException) -> None:
        self._done += 1
        self._running_task = 0
        if not isinstance(exc, NotFound):  # a document deleted meanwhile needs no message
            present_error(self.window, exc)
        self._start_next()

    def _say_finished(self) -> None:
        done = self.tr("已为 %n 份报告生成建议：", "", self._total)
        found = self.tr("新增 %n 条待审", "", self._made) if self._made else self.tr("没有新的建议")
        self.window.show_status(done + found)

    def _show_progress(self) -> None:
        if self._total:
            doc = self._running_doc or (self._pending[0] if self._pending else 0)
            store = self.window.store
            title = store.documents.get(doc).title if doc and store.documents.has(doc) else ""
            self.panel.set_progress(self._done, self._total, title)

    # reviewing -----------------------------------------------------------------
    def accept_current(self) -> None:
        self._set_status([self.queue.current()], ACCEPTED)

    def reject_current(self) -> None:
        self._set_status([self.queue.current()], REJECTED)

    def accept_section(self) -> None:
        sections = self.window.document_view().sections()
        section = current_section(sections, self.queue.current())
        items = self.queue.in_section(section, sections) if self.queue.current() is not None else []
        count = sum(a is not None for a in items)
        self._set_status(items, ACCEPTED)
        if count:  # a whole section at once, unread ones included: say how many, and how to take it back
            self.window.show_status(self.tr("已接受本节 {0} 条建议（Ctrl+Z 撤销）").format(count))

    def _set_status(self, items: Sequence[Annotation | None], status: str) -> None:
        ids = [a.id for a in items if a is not None]
        if ids:
            self.window.undo_stack.push(SetReviewStatus(self.window.project, ids, status))
            self.panel.focus_list()

    def step(self, delta: int) -> None:
        if self.queue.step(delta) is not None:
            self._current_moved()

    def _on_panel_attributes_edited(self, annotation_id: int, attributes: dict[str, Any]) -> None:
        """The clerk corrected what the suggester read: one undoable step, before accepting."""
        from ui.commands import EditAttributes

        store = self.window.store
        if store.annotations.has(annotation_id):
            before = store.annotations.get(annotation_id).attributes
            self.window.undo_stack.push(EditAttributes(self.window.project, annotation_id, before, attributes))

    def _on_panel_current_changed(self, annotation_id: int) -> None:
        if annotation_id != self.queue.current_id and self.queue.set_current(annotation_id):
            self._current_moved()

    def _on_view_suggestion_clicked(self, annotation_id: int) -> None:
        if self.queue.set_current(annotation_id):  # the reader is already there: no scrolling
            self.panel.set_current(annotation_id)
            self.layer.paint_current(self.queue.current())
            self._show_section()

    def _current_moved(self) -> None:
        self.panel.set_current(self.queue.current_id)
        self.layer.paint_current(self.queue.current())
        self._show_section()
        self.show_current_in_view()

    def show_current_in_view(self) -> None:
        """Scroll the document to the current suggestion and select its text."""
        ann = self.queue.current()
        if ann is not None and ann.document_id == self.window.current_document_id():
            self.window.open_document(ann.document_id, ann.start, ann.end)

    # keeping in step ---------------------------------------------------------------
    def _on_window_document_opened(self, doc_id: int) -> None:
        self._show_document(doc_id)

    def _show_document(self, doc_id: int) -> None:
        self.queue = ReviewQueue(doc_id)
        self.layer.forget()  # the view dropped its overlays when it loaded the document
        self._reload()
        info = self.window.info
        if self.document_id:
            info.set_keywords(self._keywords.get(self.document_id))
            if self.document_id not in self._keywords:
                self._keyword_timer.start()

    def show_keywords(self, *, panel_shown: bool = False) -> None:
        """Keywords of the shown document in the info panel; computed off the GUI thread while it is seen."""
        doc_id = self.document_id
        info = self.window.info
        if not doc_id:
            return
        if doc_id in self._keywords:
            info.set_keywords(self._keywords[doc_id])
            return
        info.set_keywords(None)
        seen = panel_shown or (info.isVisible() and not info.visibleRegion().isEmpty())
        if seen and not self._closing and doc_id not in self._keyword_tasks:
            self._keyword_tasks.add(doc_id)
            self.window.tasks.run(
                _keywords_job(doc_id),
                owner=self,
                on_success=self._on_keywords_ready,
                on_failure=self._on_keywords_failed,
                label=self.tr("正在提取关键词"),
                show_progress=False,
            )

    def _on_keywords_ready(self, result: tuple[int, list[str] | None]) -> None:
        doc_id, words = result
        self._keyword_tasks.discard(doc_id)
        if words is None:  # cancelled: tried again on the next opening
            return
        self._keywords[doc_id] = words
        if doc_id == self.document_id:
            self.window.info.set_keywords(words)

    def _on_keywords_failed(self, _exc: BaseException) -> None:
        self._keyword_tasks.clear()  # keywords are a convenience: no message, tried again on the next opening

    def _on_annotator_changes_shown(self, changes: Changes, initiator: object) -> None:
        store = self.window.store
        if changes.tags:
            self._tags = {t.id: t for t in store.tags.all()}
        new_docs = []
        for doc_id in changes.documents:
            if not store.documents.has(doc_id):
                self._known_docs.discard(doc_id)
                self._keywords.pop(doc_id, None)
            elif doc_id not in self._known_docs:
                self._known_docs.add(doc_id)
                new_docs.append(doc_id)
        if new_docs and self.auto_generate:
            self.generate(sorted(new_docs))
        doc_id = self.document_id
        if not doc_id or not (changes.tags or doc_id in changes.documents):
            return
        if not store.documents.has(doc_id):
            self._show_document(0)
            return
        own = isinstance(initiator, SetReviewStatus)
        prefer = 0
        if isinstance(initiator, SetReviewStatus) and initiator.last_step == "undo":
            prefer = next(iter(initiator.annotation_ids), 0)
        if changes.tags or len(changes.annotations) > INCREMENTAL_LIMIT:
            self._reload(prefer=prefer)
        else:
            self._update(changes.annotations, prefer=prefer)
        if own:
            self.show_current_in_view()

    def _reload(self, *, prefer: int = 0) -> None:
        doc_id = self.document_id
        store = self.window.store
        items = (
            store.annotations.select(doc_id, statuses=(SUGGESTED,)) if doc_id and store.documents.has(doc_id) else []
        )
        self.queue.reload(items, prefer=prefer)
        self.panel.set_items(self.queue.items, self._tags, self.queue.current_id)
        self._after_update(None)

    def _update(self, annotation_ids: frozenset[int], *, prefer: int = 0) -> None:
        """Apply a few changed annotations to the queue, the panel rows and the layer."""
        store, doc_id = self.window.store, self.document_id
        upserted: list[Annotation] = []
        removed: list[int] = []
        for ann_id in annotation_ids:
            ann = store.annotations.get(ann_id) if store.annotations.has(ann_id) else None
            if ann is not None and ann.document_id == doc_id:
                upserted.append(ann)
            else:
                removed.append(ann_id)
        before = set(self.queue.ids())
        tags = self.queue.apply(upserted, removed, prefer=prefer)
        inserted = sorted(((self.queue.row_of(a.id), a) for a in upserted if self.queue.get(a.id) is a), key=_first)
        self.panel.update_rows([i for i in annotation_ids if i in before], inserted, self._tags)
        self.panel.set_current(self.queue.current_id)
        self._after_update(tags)

    def _after_update(self, tags: set[int] | None) -> None:
        """Counter, layer (``tags`` None: every layer) and section after the queue changed."""
        self.panel.set_counter(len(self.queue), bool(self.document_id))
        if tags is None:
            self.layer.paint_all(self.queue)
        else:
            self.layer.paint_tags(self.queue, tags)
        self._show_section()
        self.queue_changed.emit()

    def _show_section(self) -> None:
        sections = self.window.document_view().sections()
        section = current_section(sections, self.queue.current())
        count = len(self.queue.in_section(section, sections)) if self.queue.current() is not None else 0
        self.panel.set_section(section_name(section), count)

    def _tag_color(self, tag_id: int) -> str:
        tag = self._tags.get(tag_id)
        return tag.color if tag else "#888888"


def _first(pair: tuple[int, Annotation]) -> int:
    return pair[0]
