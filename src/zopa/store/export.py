"""placeholder"""
EXPORT_FORMATS = ("jsonl", "csv", "parquet")
def export_documents(store, fmt, out):
    raise NotImplementedError
def export_statements(store, fmt, out):
    raise NotImplementedError
