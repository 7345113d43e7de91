"""The public disclosure portal, mounted at /disclosure/ (i18n_patterns)."""

from django.urls import path

from disclosure import views

app_name = "disclosure"

urlpatterns = [
    path("", views.home, name="home"),
    path("enterprises/<str:credit_code>/", views.enterprise, name="enterprise"),
    path("reports/<str:public_id>/", views.report, name="report"),
    path("reports/<str:public_id>/diff/", views.report_diff, name="report_diff"),
    path("overdue/", views.overdue, name="overdue"),
    path("statistics/", views.statistics, name="statistics"),
    path("data-dictionary/", views.data_dictionary, name="data_dictionary"),
    path("pollutants/", views.pollutants, name="pollutants"),
]
