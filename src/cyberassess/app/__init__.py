"""The Qt desktop application over the headless core.

This package is the only one that uses Qt, and inside it :mod:`cyberassess.app.qt` is the only
module importing PySide6. Views are thin classes over Qt Designer forms in ``ui/``; every edit goes
through the core's :class:`~cyberassess.store.Assessment` API. Heavy core modules (SQLAlchemy,
pydantic, the exporters) are imported lazily so that the first window appears quickly.
"""
