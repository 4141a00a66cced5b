from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views import View

from ory_facade.contrib.django.decorators import OryLoginRequiredMixin, ory_login_required
from ory_facade.contrib.django.middleware import OryHttpRequest


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


@ory_login_required
def dashboard(request: OryHttpRequest) -> HttpResponse:
    return render(request, "dashboard.html", {"traits": request.ory_session.identity.traits})


@ory_login_required
def me(request: OryHttpRequest) -> JsonResponse:
    identity = request.ory_session.identity
    return JsonResponse({"id": identity.id, "email": identity.traits.get("email")})


class AdminArea(OryLoginRequiredMixin, View):
    ory_aal = "aal2"

    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("Second factor confirmed.")
