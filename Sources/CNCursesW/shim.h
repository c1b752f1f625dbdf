#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

/* Swift 6 rejects these C globals and macros; read them through functions. */
static inline WINDOW *omsdash_stdscr(void) { return stdscr; }
static inline int omsdash_lines(void) { return LINES; }
static inline int omsdash_cols(void) { return COLS; }
static inline attr_t omsdash_attr_bold(void) { return A_BOLD; }
static inline attr_t omsdash_attr_reverse(void) { return A_REVERSE; }
static inline attr_t omsdash_attr_dim(void) { return A_DIM; }
static inline attr_t omsdash_attr_normal(void) { return A_NORMAL; }
static inline attr_t omsdash_attr_underline(void) { return A_UNDERLINE; }
static inline int omsdash_colors(void) { return COLORS; }
static inline int omsdash_key_f0(void) { return KEY_F0; }
/* The key code curses gives the key of a terminfo capability such as "kLFT5" (Ctrl-Left): its
   string looked up, then the code bound to it; 0 when the terminal has none. */
static inline int omsdash_key_named(const char *name) {
    char *sequence = tigetstr(name);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

/* Draws one character with attributes and a color pair at (y, x). */
static inline int omsdash_put_char(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
/* From <term.h>, which is not included: its capability macros (lines, columns, …) would clash. */
struct term;
extern struct term *cur_term;
extern int setupterm(const char *, int, int *);
extern int del_curterm(struct term *);

/* Whether terminfo describes the terminal type in TERM: newterm returns no screen (and says
   nothing) for one it does not. The description setupterm loads is freed again. */
static inline int omsdash_terminal_described(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}
/* Starts curses reading keys from `input` and drawing on stdout. */
static inline SCREEN *omsdash_newterm(FILE *input) { return newterm(NULL, stdout, input); }

/* Asks for every button event, reported at once (no click timing); the ones the dashboard does not
   use are dropped by omsdash_read_mouse. ncurses reads the rest of a mouse report with a plain
   read(), so the input must be non-blocking (see Terminal.start). */
static inline void omsdash_enable_mouse(void) {
    mouseinterval(0);
    mousemask(ALL_MOUSE_EVENTS, NULL);
}

/* Reads the waiting mouse event: 1 left press, 2 wheel up, 3 wheel down, 0 anything else. A press
   and its release that arrive together (a busy moment, a slow link) come merged into a click, or a
   double or triple click: each is one press here. */
static inline int omsdash_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    return 0;
}
#endif
