"""Running service calls off the UI thread (architecture rule 4).

Signing in hashes a password (~0.1 s) and later screens search and render PDFs; doing that on the
UI thread freezes the window. ``TaskRunner`` runs a callable in a ``QThreadPool`` and delivers
the result or the exception back on the UI thread. Writes share one single-thread pool so two
commands from the same workstation never race for SQLite's write lock. Slow reads (``slow``:
Today's lists, which reload after every booking) have a single thread of their own, so a search
or a record never waits behind them. Tests use ``SyncTaskRunner``, which has the same
interface and finishes before ``run`` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from scardesk.domain.errors import AccountInactiveError, PasswordChangeRequiredError

# Callbacks are called for their effect: whatever they return (``ErrorPresenter.show`` returns the
# message it showed, an opener the window it opened) is ignored, hence ``object``.
OnDone = Callable[[Any], object]
OnFailed = Callable[[BaseException], object]
#: Told of a refusal about the account itself rather than the action (see ``Runner``).
AccountWatcher = Callable[[BaseException], object]


class Runner(Protocol):
    """What screens depend on, so a test can hand them a ``SyncTaskRunner``.

    ``watch_account`` callbacks run after any task fails because of the signed-in account itself
    (deactivated on any workstation, or its password reset by the admin): whichever screen made
    the call, the shell signs out.
    """

    def watch_account(self, callback: AccountWatcher) -> None: ...

    def run(
        self,
        task: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        write: bool = False,
        slow: bool = False,
    ) -> None: ...


def run_logged_read(
    runner: Runner,
    task: Callable[[], Any],
    on_done: OnDone | None = None,
    on_failed: OnFailed | None = None,
) -> None:
    """Run a read that writes only its audit event (opening a record, showing a photo, a
    sign-in, a lock, an export leaving the clinic, a scheduled backup's log line).

    It changes no record another screen shows, so it publishes nothing; it goes on the write
    worker because its audit row is a write and must queue behind the others. A command that
    changes data goes through ``run_command`` instead, which tells the other screens.
    """
    runner.run(task, on_done, on_failed, write=True)


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from a worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: OnDone | None, on_failed: OnFailed, finished: Callable[[_Relay], None]
    ):
        super().__init__()
        self._on_done = on_done
        self._on_failed: OnFailed = on_failed
        self._finished = finished
        # Connecting to this object's own slots makes Qt queue the call to its (UI) thread.
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._finished(self)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            self._on_failed(error)
        finally:
            self._finished(self)


class _Job(QRunnable):
    def __init__(self, task: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task = task
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._task()
        except Exception as error:  # delivered to the UI thread, never swallowed
            self._relay.failed.emit(error)
            return
        self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Background runner for the real application.

    ``on_error`` receives failures whose caller gave no ``on_failed`` (normally the shell's
    error display), so an exception is never lost in a worker thread.
    """

    busy_changed = Signal(bool)

    def __init__(self, on_error: OnFailed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        # At a million patients Today's two lists once took 55-90 s each and held both read
        # threads, so every search queued behind them (issue #16). They now read an index in
        # milliseconds; the lane stays so that no list a panel reloads can do that again.
        self._slow_reads = QThreadPool(self)
        self._slow_reads.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
        self._account_watchers: list[AccountWatcher] = []

    def watch_account(self, callback: AccountWatcher) -> None:
        self._account_watchers.append(callback)

    def run(
        self,
        task: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        write: bool = False,
        slow: bool = False,
    ) -> None:
        handler = on_failed or self._on_error
        relay = _Relay(
            on_done, lambda error: _fail(error, handler, self._account_watchers), self._finish
        )
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        pool = self._writes if write else self._slow_reads if slow else self._reads
        pool.start(_Job(task, relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        """Block until every task ran and its callback was delivered (shutdown, tests)."""
        finished = all(
            pool.waitForDone(msecs) for pool in (self._reads, self._slow_reads, self._writes)
        )
        while finished and self._pending:
            QCoreApplication.processEvents()
        return finished

    def _finish(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)


class SyncTaskRunner:
    """Runs each task immediately on the calling thread: deterministic tests, same callbacks."""

    def __init__(self, on_error: OnFailed | None = None) -> None:
        self._on_error = on_error or _reraise
        self._account_watchers: list[AccountWatcher] = []

    def watch_account(self, callback: AccountWatcher) -> None:
        self._account_watchers.append(callback)

    def run(
        self,
        task: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        write: bool = False,
        slow: bool = False,
    ) -> None:
        try:
            result = task()
        except Exception as error:
            _fail(error, on_failed or self._on_error, self._account_watchers)
            return
        if on_done is not None:
            on_done(result)


class SlowRead:
    """A panel's slow read, one at a time: asked again while one runs, the newest request runs
    when it ends, and the ones in between never start.

    Today's lists reload on every booking or patient change. When each read took most of a
    minute at a million patients (before the due index), starting one per change queued
    minutes of reads whose results were thrown away; a burst of changes still needs only the
    last read.
    """

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._next: tuple[Callable[[], Any], OnDone, OnFailed] | None = None
        self.busy = False

    def run(self, task: Callable[[], Any], on_done: OnDone, on_failed: OnFailed) -> None:
        if self.busy:
            self._next = (task, on_done, on_failed)
            return
        self.busy = True
        self._runner.run(
            task,
            lambda result: self._then(on_done, result),
            lambda error: self._then(on_failed, error),
            slow=True,
        )

    def _then(self, callback: Callable[[Any], object], value: Any) -> None:
        try:
            callback(value)
        finally:
            self.busy = False
            waiting, self._next = self._next, None
            if waiting is not None:
                self.run(*waiting)


def _fail(error: BaseException, handler: OnFailed, account_watchers: list[AccountWatcher]) -> None:
    """The caller's own handler first (it may show the message inline), then the watchers."""
    try:
        handler(error)
    finally:
        if isinstance(error, AccountInactiveError | PasswordChangeRequiredError):
            for callback in list(account_watchers):
                callback(error)


def _reraise(error: BaseException) -> None:
    raise error
