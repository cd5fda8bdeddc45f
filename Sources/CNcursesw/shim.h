// The wide-character ncurses API for Swift, with functions standing in for the macros that
// Swift cannot import (attributes, masks, globals).
#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags from pkg-config, so ask for the wide API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

/// A new screen on the process's standard output and input (NULL when the terminal is unknown).
static inline SCREEN *dossier_newterm(void) { return newterm(NULL, stdout, stdin); }

/// The standard screen and the terminal's current-contents window.
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline WINDOW *dossier_curscr(void) { return curscr; }

/// The window's size in rows and columns.
static inline void dossier_getmaxyx(WINDOW *window, int *rows, int *columns) {
  int y = 0, x = 0;
  if (window != NULL) { getmaxyx(window, y, x); }
  *rows = y;
  *columns = x;
}

/// How many colours and colour pairs the terminal supports (0 before start_color).
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

/// Video attributes.
static inline attr_t dossier_attr_normal(void) { return A_NORMAL; }
static inline attr_t dossier_attr_bold(void) { return A_BOLD; }
static inline attr_t dossier_attr_dim(void) { return A_DIM; }
static inline attr_t dossier_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/// Mouse event masks.
static inline mmask_t dossier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dossier_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t dossier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}
static inline mmask_t dossier_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t dossier_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/// The function key F`n`.
static inline int dossier_key_f(int n) { return KEY_F(n); }

/// The process's environment, for starting other programs.
static inline char **dossier_environ(void) {
  extern char **environ;
  return environ;
}

/// Whether the current LC_CTYPE locale encodes text as UTF-8.
static inline int dossier_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) { return 0; }
  return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
    && (codeset[2] == 'F' || codeset[2] == 'f');
}

/// The column width of a wide character in the current locale (-1 when not printable).
static inline int dossier_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
