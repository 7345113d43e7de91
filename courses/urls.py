from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning_view, name="my_learning"),
    path("enrol/<int:course_id>/", views.enrol_view, name="enrol"),
    path("enrolments/<int:enrolment_id>/withdraw/", views.withdraw_view, name="withdraw"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson_view, name="complete_lesson"),
    path("courses/<int:course_id>/final-exam/", views.final_exam_view, name="final_exam"),
    path("cohorts/", views.cohorts_view, name="cohorts"),
    path("cohorts/<int:cohort_id>/roster/", views.roster_view, name="roster"),
    path("cohorts/<int:cohort_id>/roster.csv", views.roster_csv_view, name="roster_csv"),
    path("cohorts/<int:cohort_id>/attendance/", views.attendance_view, name="attendance"),
]
