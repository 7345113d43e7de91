from django.urls import path

from exams import views

app_name = "exams"

urlpatterns = [
    path("<int:exam_id>/", views.exam_overview_view, name="overview"),
    path("<int:exam_id>/start/", views.start_attempt_view, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<int:attempt_id>/answers/", views.save_answer_view, name="save_answer"),
    path("attempts/<int:attempt_id>/submit/", views.submit_attempt_view, name="submit"),
    path("attempts/<int:attempt_id>/result/", views.result_view, name="result"),
    path("grading/", views.grading_queue_view, name="grading_queue"),
    path("grading/<str:label>/<int:position>/", views.grade_answer_view, name="grade_answer"),
    path("<int:exam_id>/attempts/", views.exam_attempts_view, name="attempts"),
    path("<int:exam_id>/results.csv", views.exam_results_csv_view, name="results_csv"),
    path("<int:exam_id>/statistics/", views.item_statistics_view, name="statistics"),
    path("<int:exam_id>/accommodations/", views.accommodation_view, name="accommodation"),
]
