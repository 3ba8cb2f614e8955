#!/usr/bin/env python3
"""The plain-script peer: lists every job with urllib and json, as a user's script would."""
import json
import sys
import time
import urllib.request

base = sys.argv[1]
start = time.monotonic()
jobs, page = [], 0
while True:
    request = urllib.request.Request(f"{base}/download?page_index={page}&count=5000",
                                     headers={"x-access-token": "sk-demo"})
    with urllib.request.urlopen(request, timeout=120) as response:
        downloads = json.load(response)["data"]["downloads"]
    jobs.extend(downloads)
    if len(downloads) < 5000:
        break
    page += 1
print(f"RESULT peer_ms={int((time.monotonic() - start) * 1000)} jobs={len(jobs)}")
