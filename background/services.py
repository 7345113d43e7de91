"""Retries of failed tasks (placeholder until the schedule lands)."""


def retry_failed_task_later(sender, task_result, **kwargs) -> None:
    return None
