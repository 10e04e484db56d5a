"""Things to take home: a printable handout, a wallet card and QR codes that carry text."""
