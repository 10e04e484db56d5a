"""Ways to run the app (presenter, kiosk): policies and event filters that app.py applies in one place."""
