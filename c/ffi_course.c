/* C side of the "Unsafe Rust and FFI" chapter; see ffi_course.h. */
#include "ffi_course.h"

static int ffi_is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

size_t ffi_word_count(const char *s) {
    size_t words = 0;
    int in_word = 0;
    if (s == NULL) {
        return 0;
    }
    for (; *s != '\0'; s++) {
        if (ffi_is_ascii_space((unsigned char)*s)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    return words;
}

size_t ffi_for_each(const int32_t *data, size_t len, ffi_visit_fn cb, void *user) {
    size_t visited = 0;
    if (cb == NULL) {
        return 0;
    }
    while (visited < len) {
        int stop = cb(data[visited], user);
        visited++;
        if (stop != 0) {
            break;
        }
    }
    return visited;
}

size_t ffi_upper_copy(const char *src, char *dst, size_t cap) {
    size_t len = 0;
    size_t written = 0;
    if (src == NULL) {
        src = "";
    }
    for (; src[len] != '\0'; len++) {
        if (written + 1 < cap) {
            char c = src[len];
            dst[written++] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        }
    }
    if (cap > 0) {
        dst[written] = '\0';
    }
    return len;
}

int32_t ffi_parse_port(const char *s) {
    int32_t value = 0;
    if (s == NULL || *s == '\0') {
        return -1;
    }
    for (; *s != '\0'; s++) {
        if (*s < '0' || *s > '9') {
            return -1;
        }
        value = value * 10 + (*s - '0');
        if (value > 65535) {
            return -1;
        }
    }
    return value;
}
