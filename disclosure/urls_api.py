"""The open-data API, mounted at /api/v1/ (no language prefix): a stable contract (DESIGN.md).

Every pattern here is described in disclosure/openapi.py (a test checks both ways).
"""

from django.urls import path

from disclosure import api

app_name = "disclosure_api"

urlpatterns = [
    path("enterprises", api.enterprises, name="enterprises"),
    path("enterprises/<str:credit_code>", api.enterprise_detail, name="enterprise"),
    # "disclosures.csv" is a separate address, not a format of "disclosures/<public_id>".
    path("disclosures.csv", api.disclosures_csv, name="disclosures_csv"),
    path("disclosures", api.disclosures, name="disclosures"),
    path("disclosures/<str:public_id>", api.disclosure_detail, name="disclosure"),
    path("dumps", api.dump_index, name="dumps"),
    path("dumps/<str:name>", api.dump_file, name="dump"),
    path("openapi.json", api.openapi_document, name="openapi"),
    # Anything else under /api/v1/ is a JSON 404 (not the site's HTML page).
    path("<path:unknown>", api.not_found, name="not_found"),
]
