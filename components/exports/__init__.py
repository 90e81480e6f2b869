"""Handouts and view exports: the app photographed in headless Chromium, printed with its footer."""
