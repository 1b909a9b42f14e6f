"""Qt-free core of Relecture: article I/O, encodings, front matter, mojibake, spelling, rendering."""
