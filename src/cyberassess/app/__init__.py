"""The Qt desktop application over the headless core.

This package is the only one that uses Qt, and inside it :mod:`cyberassess.app.qt` is the only
module importing PySide6. Views are thin classes over Qt Designer forms (``ui/*.ui``, compiled into
:mod:`.forms`); every edit goes through the core's :class:`~cyberassess.store.Assessment` API. The
first window is filled from a quick first look at the file (see :mod:`.session`); the heavy core
modules (SQLAlchemy, the exporters, pydantic for framework validation) load after it is painted.
"""
