"""The Django app: add ``"ory_facade.contrib.django"`` to ``INSTALLED_APPS``."""

from __future__ import annotations

from django.apps import AppConfig
from django.core import checks


class OryFacadeConfig(AppConfig):
    name = "ory_facade.contrib.django"
    label = "ory_facade"
    verbose_name = "Ory (Kratos) identities"

    def ready(self) -> None:
        from .checks import check_middleware, check_settings, check_templates

        checks.register(check_settings)
        checks.register(check_middleware)
        checks.register(check_templates)
