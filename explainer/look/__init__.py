"""How the app looks, shared by every window and mode: the theme, the fonts and the layer laid over a window."""
