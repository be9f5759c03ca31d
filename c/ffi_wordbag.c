/* C code that uses the Rust word bag; see ffi_wordbag.h. */
#include "ffi_wordbag.h"

#include <stdlib.h>
#include <string.h>

static int ffi_wordbag_is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Adds every word of `text` to `bag`. Returns 0 on success, -1 when the
 * scratch buffer could not be allocated. */
static int ffi_wordbag_fill(wordbag *bag, const char *text) {
    size_t len = strlen(text);
    char *word = malloc(len + 1);
    size_t start = 0;
    if (word == NULL) {
        return -1;
    }
    while (start < len) {
        size_t end;
        while (start < len && ffi_wordbag_is_space((unsigned char)text[start])) {
            start++;
        }
        end = start;
        while (end < len && !ffi_wordbag_is_space((unsigned char)text[end])) {
            end++;
        }
        if (end > start) {
            memcpy(word, text + start, end - start);
            word[end - start] = '\0';
            wordbag_add(bag, word);
        }
        start = end;
    }
    free(word);
    return 0;
}

size_t ffi_distinct_words(const char *text) {
    wordbag *bag;
    size_t distinct;
    if (text == NULL) {
        return 0;
    }
    bag = wordbag_new();
    if (bag == NULL) {
        return (size_t)-1;
    }
    if (ffi_wordbag_fill(bag, text) != 0) {
        wordbag_free(bag);
        return (size_t)-1;
    }
    distinct = wordbag_distinct(bag);
    wordbag_free(bag);
    return distinct;
}

size_t ffi_word_frequency(const char *text, const char *word) {
    wordbag *bag;
    size_t count;
    if (text == NULL || word == NULL) {
        return 0;
    }
    bag = wordbag_new();
    if (bag == NULL) {
        return (size_t)-1;
    }
    if (ffi_wordbag_fill(bag, text) != 0) {
        wordbag_free(bag);
        return (size_t)-1;
    }
    count = wordbag_count(bag, word);
    wordbag_free(bag);
    return count;
}
