"""Domain events of the exams app.

``final_exam_passed`` is sent once, when the released result of a course's final exam is a
pass. The certificates app connects its issuing service to it; senders never know who listens.
"""

from django.dispatch import Signal

# Sent with: attempt (exams.models.Attempt), course (courses.models.CoursePage), user.
final_exam_passed = Signal()
