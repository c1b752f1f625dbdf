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

/* Draws one character with attributes and a color pair at (y, x). */
static inline int omsdash_put_char(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
