#pragma once

// The columns of the terminal on fd (TIOCGWINSZ), else $COLUMNS, else 80.
int terminalWidth(int fd);
