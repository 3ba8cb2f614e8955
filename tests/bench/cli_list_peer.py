#!/usr/bin/env python3
"""The plain-script peer of `videodb-downloads-cli list --json`: fetches every page with urllib
and prints the same full JSON array (statuses in the CLI's words), as a user's script would."""
import json
import sys
import urllib.request

WORDS = {"error": "failed", "in progress": "processing", "pending": "processing",
         "completed": "done", "complete": "done", "success": "done"}
KEEP = ("id", "name", "status", "created_at", "download_url")

base = sys.argv[1]
jobs, page = [], 0
while True:
    request = urllib.request.Request(f"{base}/download?page_index={page}&count=5000",
                                     headers={"x-access-token": "sk-demo"})
    with urllib.request.urlopen(request, timeout=120) as response:
        downloads = json.load(response)["data"]["downloads"]
    for job in downloads:
        job["status"] = WORDS.get(job.get("status"), job.get("status"))
        jobs.append({key: job[key] for key in KEEP if key in job})
    if len(downloads) < 5000:
        break
    page += 1
json.dump(jobs, sys.stdout, separators=(",", ":"))
print()
