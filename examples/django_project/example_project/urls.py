from __future__ import annotations

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard", views.dashboard, name="dashboard"),
    path("api/me", views.me, name="me"),
    path("admin-area", views.AdminArea.as_view(), name="admin-area"),
    path("auth/", include("ory_facade.contrib.django.urls")),
]
