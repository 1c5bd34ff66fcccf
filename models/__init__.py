"""ReportMark domain library: pure Python, no Qt (see STYLE.md section 1)."""
