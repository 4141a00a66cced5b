"""Framework integrations: ``ory_facade.contrib.flask`` and ``ory_facade.contrib.django``.

Both are thin adapters over :mod:`ory_facade.contrib.selfservice`, which holds the framework-free logic of
the self-service pages (flow creation, submission, error recovery, redirects and cookie relaying) so the
two integrations behave the same. Flask and Django are imported only by their own subpackage.
"""
