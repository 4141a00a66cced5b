"""URLs of the self-service pages; include them under a prefix and point Kratos' UI URLs there::

    urlpatterns = [path("auth/", include("ory_facade.contrib.django.urls")), ...]

Names (namespace ``ory_facade``): login, registration, recovery, verification, settings, logout, error.
"""

from __future__ import annotations

from django.urls import path

from ..selfservice import KINDS
from . import views

app_name = "ory_facade"

urlpatterns = [
    path("", views.index, name="index"),
    *(path(f"{kind}", views.flow, {"kind": kind}, name=kind) for kind in KINDS),
    path("logout", views.logout, name="logout"),
    path("error", views.error, name="error"),
]
