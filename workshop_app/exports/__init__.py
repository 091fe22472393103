"""Export writers: pure functions from ExportData to the bytes of CSV, XLSX, JSON and REFI-QDA files."""
