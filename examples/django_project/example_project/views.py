from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views import View

from ory_facade.contrib.django.decorators import OryLoginRequiredMixin, ory_login_required
from ory_facade.contrib.django.runtime import get_ory_session


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


@ory_login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    session: Any = get_ory_session(request)
    return render(request, "dashboard.html", {"traits": session.identity.traits})


@ory_login_required
def me(request: HttpRequest) -> JsonResponse:
    session: Any = get_ory_session(request)
    return JsonResponse({"id": session.identity.id, "email": session.identity.traits.get("email")})


class AdminArea(OryLoginRequiredMixin, View):
    ory_aal = "aal2"

    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("Second factor confirmed.")
