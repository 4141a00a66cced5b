"""Django integration: settings, system checks, middleware, decorators, an auth backend and the pages.

::

    INSTALLED_APPS = [..., "ory_facade.contrib.django"]
    MIDDLEWARE = [..., "ory_facade.contrib.django.middleware.OrySessionMiddleware"]
    ORY = {"PUBLIC_URL": "http://127.0.0.1:4433"}
    # urls.py: path("auth/", include("ory_facade.contrib.django.urls"))

    from ory_facade.contrib.django.decorators import ory_login_required

    @ory_login_required
    def dashboard(request):
        return HttpResponse(f"Hello {request.ory_session.identity.traits['email']}")

Importing this package does not import Django; the submodules do. Requires Django
(``pip install 'ory-facade[django]'``).
"""
