"""Shared by the thread tests: start threads together and join them against one deadline."""

import threading
import time

GENEROUS_S = 60  # only reached if something is stuck


def run_together(targets):
    """Starts one thread per target at the same moment and joins them all;
    returns the exceptions raised and the threads still stuck."""
    barrier = threading.Barrier(len(targets))
    errors = []

    def wrap(target):
        def run():
            try:
                barrier.wait()
                target()
            except BaseException as error:  # reported to the test
                errors.append(error)

        return run

    threads = [threading.Thread(target=wrap(t), daemon=True) for t in targets]
    for thread in threads:
        thread.start()
    # One deadline for them all: a stuck run fails after
    # GENEROUS_S, not GENEROUS_S once per thread.
    deadline = time.monotonic() + GENEROUS_S
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return errors, [t for t in threads if t.is_alive()]
