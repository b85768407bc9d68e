"""Stage 8, report: the JSON contract (../spec/report-json.md) and the terminal view."""
