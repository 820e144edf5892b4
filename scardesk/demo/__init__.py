"""The demo clinic: synthetic field data built through the same domain records and codecs the
app uses, written in bulk. It sits beside the screens, above the services: it reads and checks
through the domain and services and writes with Core inserts, and nothing below imports it."""

from scardesk.demo.generate import BATCH_PATIENTS, DemoSummary, DemoUser, generate_demo

__all__ = ["BATCH_PATIENTS", "DemoSummary", "DemoUser", "generate_demo"]
