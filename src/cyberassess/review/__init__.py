"""What the assessors write beside the answers: treaty provisions, the safe Markdown subset, drafts.

The review record itself is stored by :mod:`cyberassess.store` (see
:mod:`cyberassess.store.review_records`); this package holds the logic around it that does not
touch the file: :mod:`.treaty` (the provisions a framework references), :mod:`.markdown` (the text
subset narratives are written in) and :mod:`.draft` (a starting text from the answers).
"""
