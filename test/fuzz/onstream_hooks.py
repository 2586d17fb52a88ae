"""Schemathesis hooks for fuzzing the OnStream gateway (loaded with SCHEMATHESIS_HOOKS=onstream_hooks).

Every generated request is sent as a real signed-in account: the token comes from POST /auth/login
with ONSTREAM_FUZZ_EMAIL / ONSTREAM_FUZZ_PASSWORD. When the fuzzer itself ends that session
(logout, "sign out everywhere"), the next 401 logs in again and the request is retried once.
"""
import json
import os
import urllib.request

import schemathesis

BASE_URL = os.environ["ONSTREAM_FUZZ_BASE_URL"]
EMAIL = os.environ["ONSTREAM_FUZZ_EMAIL"]
PASSWORD = os.environ["ONSTREAM_FUZZ_PASSWORD"]


@schemathesis.auth(refresh_interval=240, retry_on=[401])
class OnStreamLogin:
    def get(self, case, context):
        body = json.dumps({"email": EMAIL, "password": PASSWORD, "deviceName": "schemathesis"}).encode()
        request = urllib.request.Request(
            f"{BASE_URL}/api/v1/auth/login", data=body, method="POST", headers={"content-type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)["accessToken"]

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


# tus PATCH bodies are raw bytes like application/octet-stream, under tus's own media type.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")

# SubRip caption files are plain text under their own media type.
schemathesis.serializer.alias("application/x-subrip", "text/plain")
