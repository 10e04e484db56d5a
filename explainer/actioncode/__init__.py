"""Action codes: QR codes that carry the action steps' words themselves, for the window, the kiosk and the handout alike."""
