from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from certificates.cache_invalidation import connect
        from exams.signals import final_exam_passed

        connect()
        final_exam_passed.connect(
            _issue_on_final_exam_pass, dispatch_uid="certificates.issue_on_final_exam_pass"
        )


def _issue_on_final_exam_pass(sender, *, attempt, course, user, **kwargs) -> None:
    from certificates.services import issue_for_passed_exam

    issue_for_passed_exam(attempt=attempt, course=course, user=user)
