"""The Qt Designer forms of ``ui/*.ui``, compiled by ``scripts/update_forms.py`` (do not edit by hand)."""
