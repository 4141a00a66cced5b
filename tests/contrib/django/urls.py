"""URLconf of the Django test project."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import engines
from django.urls import include, path
from django.views import View

from ory_facade.contrib.django.decorators import (
    OryLoginRequiredMixin,
    aal2_required,
    ory_guest_only,
    ory_login_required,
)
from ory_facade.contrib.django.migration import password_migration_hook
from ory_facade.contrib.django.runtime import aget_ory_session, get_ory_session, session_was_looked_up


@ory_login_required
def protected(request: HttpRequest) -> HttpResponse:
    session = request.ory_session  # type: ignore[attr-defined]
    return HttpResponse(f"hello {session.identity.traits['email']}")


@ory_login_required
def api_me(request: HttpRequest) -> JsonResponse:
    session = get_ory_session(request)
    assert session is not None
    return JsonResponse({"email": session.identity.traits["email"]})  # type: ignore[union-attr]


@aal2_required
def step_up(request: HttpRequest) -> HttpResponse:
    return HttpResponse("second factor ok")


@ory_guest_only
def guest(request: HttpRequest) -> HttpResponse:
    return HttpResponse("welcome, guest")


def lazy(request: HttpRequest) -> HttpResponse:
    return HttpResponse("never looked at the session")


def maybe(request: HttpRequest) -> HttpResponse:
    return HttpResponse("signed in" if request.ory_session else "anonymous")  # type: ignore[attr-defined]


def who(request: HttpRequest) -> HttpResponse:
    user = request.user
    return HttpResponse(f"{user.is_authenticated}:{user.get_username()}:{getattr(user, 'email', '')}")


def links(request: HttpRequest) -> HttpResponse:
    template = engines["django"].from_string(
        "{{ ory_urls.login }} {{ ory_urls.logout }}"
        "{% if ory_session %} {{ ory_session.identity.traits.email }}{% endif %}"
    )
    return HttpResponse(template.render({}, request))


class Report(OryLoginRequiredMixin, View):
    ory_aal = "aal2"

    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("report")


class Page(OryLoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("page")


# Async views: the decorators keep them coroutine functions and look the session up before they run.
@ory_login_required
async def async_protected(request: HttpRequest) -> HttpResponse:
    assert session_was_looked_up(request)  # so reading it below makes no call from the event loop
    session = request.ory_session  # type: ignore[attr-defined]
    return HttpResponse(f"async hello {session.identity.traits['email']}")


@aal2_required
async def async_step_up(request: HttpRequest) -> HttpResponse:
    return HttpResponse("async second factor ok")


@ory_guest_only
async def async_guest(request: HttpRequest) -> HttpResponse:
    return HttpResponse("async welcome, guest")


async def async_maybe(request: HttpRequest) -> HttpResponse:
    session = await aget_ory_session(request)
    return HttpResponse("signed in" if session is not None else "anonymous")


async def async_lazy(request: HttpRequest) -> HttpResponse:
    return HttpResponse("never looked at the session")


async def async_who(request: HttpRequest) -> HttpResponse:
    user = await request.auser()  # type: ignore[attr-defined]
    return HttpResponse(f"{user.is_authenticated}:{user.get_username()}")


class AsyncPage(OryLoginRequiredMixin, View):
    async def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("async page")


urlpatterns = [
    path("async/protected", async_protected),
    path("async/step-up", async_step_up),
    path("async/guest", async_guest),
    path("async/maybe", async_maybe),
    path("async/lazy", async_lazy),
    path("async/who", async_who),
    path("async/page", AsyncPage.as_view()),
    path("auth/", include("ory_facade.contrib.django.urls")),
    path("protected", protected),
    path("api/me", api_me),
    path("step-up", step_up),
    path("guest", guest),
    path("lazy", lazy),
    path("maybe", maybe),
    path("who", who),
    path("links", links),
    path("report", Report.as_view()),
    path("page", Page.as_view()),
    path("hooks/password-migration", password_migration_hook),
]
