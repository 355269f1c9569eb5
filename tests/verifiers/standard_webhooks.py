"""Verifies a VINR delivery with the `standardwebhooks` package from PyPI, an implementation
independent of ours. Reads {"secret", "body", "headers"} as JSON on stdin; prints "ok" and
the event type, or "rejected" and the library's reason."""
import json
import sys

from standardwebhooks.webhooks import Webhook

case = json.load(sys.stdin)
try:
    event = Webhook(case["secret"]).verify(case["body"], case["headers"])
    print("ok", event["type"])
except Exception as error:  # the library raises WebhookVerificationError and friends
    print("rejected", type(error).__name__, error)
