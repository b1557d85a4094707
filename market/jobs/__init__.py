"""The job queue's processes: `flask jobs worker` and `flask jobs scheduler`, and the periodic tasks.

It reads every area (like admin) and nothing imports it; areas enqueue through `market.core.jobs`."""
