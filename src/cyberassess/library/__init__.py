"""The offline library: treaty texts shipped as data and full-text search (SQLite FTS5).

* :mod:`.texts` reads the treaty texts of ``resources/library/``;
* :mod:`.toolkit` reads the good-practice chapters of ``resources/toolkit/`` (per dimension and topic);
* :mod:`.text` folds Arabic letter variants and turns typed words into a safe FTS5 expression;
* :mod:`.index` builds the index (the shipped part cached per framework, the open assessment's
  part in memory) and searches it;
* :mod:`.extract` reads the text of evidence files (plain text, CSV, PDF, DOCX, XLSX), bounded in
  size and time, never running anything embedded in them;
* :mod:`.provisions` gathers what the library knows of one provision (``budapest:16``).

No Qt: the command line and the application both use it.
"""
