"""A worker pool with bounded concurrency and a rate limit on task starts.

A fixed set of `workers` threads takes tasks from a bounded queue, so at
most `workers` tasks run at once and submit blocks when the backlog is full.
Before a task starts, its worker takes a token from a token bucket, so
starts never exceed the bucket's burst plus its refill rate. What an
interviewer probes: the two limits are different (concurrency caps work in
progress; the rate caps starts per second, e.g. a partner API's quota), and
the bucket is shared, so taking a token must be atomic.

concurrent.futures.ThreadPoolExecutor covers the first half; this is an
Executor too, so map() and `with` work. The GIL does not make the bucket's
check-then-spend atomic: a thread can be switched out between the two.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import Any

from ratelimit.token_bucket import TokenBucket

from .bounded_queue import BoundedQueue, QueueClosed


@dataclass
class _Job:
    future: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


class WorkerPool(Executor):
    """Runs submitted callables on `workers` threads, paced by `bucket`."""

    def __init__(
        self,
        workers: int,
        bucket: TokenBucket,
        backlog: int = 1024,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be >= 1, got {workers}")
        self._bucket = bucket
        self._bucket_lock = threading.Lock()
        self._sleep = sleep
        self._jobs: BoundedQueue[_Job] = BoundedQueue(backlog)
        self._threads = [
            threading.Thread(target=self._work, name=f"worker-{i}")
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(
        self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> Future[Any]:
        """Queues a call; blocks while the backlog is full."""
        future: Future[Any] = Future()
        try:
            self._jobs.put(_Job(future, fn, args, kwargs))
        except QueueClosed:
            raise RuntimeError("cannot submit after shutdown") from None
        return future

    def shutdown(
        self, wait: bool = True, *, cancel_futures: bool = False
    ) -> None:
        """Stops accepting tasks; queued tasks still run unless cancelled."""
        self._jobs.close()
        if cancel_futures:
            for job in self._jobs:
                job.future.cancel()
        if wait:
            for thread in self._threads:
                thread.join()

    def _work(self) -> None:
        for job in self._jobs:  # ends when the queue is closed and drained
            if not job.future.set_running_or_notify_cancel():
                continue  # cancelled while queued
            self._take_token()
            try:
                result = job.fn(*job.args, **job.kwargs)
            except BaseException as error:
                job.future.set_exception(error)
            else:
                job.future.set_result(result)

    def _take_token(self) -> None:
        # Workers queue on the lock and wait for tokens one at a time.
        # Sleeping outside it would wake them all together to race for the
        # same token; spending without it could spend one token twice.
        with self._bucket_lock:
            while not (decision := self._bucket.try_remove()).allowed:
                self._sleep(decision.retry_after_ms / 1000)
