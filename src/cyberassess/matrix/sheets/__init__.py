"""The sheets of a matrix workbook, one module per kind: cover, summary, dimension, metadata and lists."""
