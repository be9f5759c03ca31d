use super::*;
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn numbered(rows: usize, cols: usize) -> Matrix {
    Matrix {
        rows,
        cols,
        data: (0..(rows * cols) as u32).collect(),
    }
}

fn check(rows: usize, cols: usize, tile: usize) {
    let src = numbered(rows, cols);
    let mut dst = Matrix::zeros(cols, rows);
    transpose(&src, &mut dst, tile);
    for r in 0..rows {
        for c in 0..cols {
            let got = dst.get(c, r);
            assert_eq!(
                got,
                src.get(r, c),
                "transposing a {rows}x{cols} matrix with tile {tile}: dst({c}, {r}) should be src({r}, {c}) = {}",
                src.get(r, c)
            );
        }
    }
}

#[test]
fn small_example() {
    let src = Matrix {
        rows: 2,
        cols: 3,
        data: vec![1, 2, 3, 4, 5, 6],
    };
    let mut dst = Matrix::zeros(3, 2);
    transpose(&src, &mut dst, 2);
    assert_eq!(
        dst.data,
        [1, 4, 2, 5, 3, 6],
        "the transpose of [[1, 2, 3], [4, 5, 6]] is [[1, 4], [2, 5], [3, 6]]"
    );
}

#[test]
fn every_shape_and_tile_size() {
    for rows in 0..=20 {
        for cols in [0, 1, 2, 7, 16, 17, 20] {
            for tile in [1, 2, 3, 4, 8, 16, 32] {
                check(rows, cols, tile);
            }
        }
    }
}

#[test]
fn a_tile_of_zero_panics() {
    let src = numbered(2, 2);
    let mut dst = Matrix::zeros(2, 2);
    let result = catch_unwind(AssertUnwindSafe(|| transpose(&src, &mut dst, 0)));
    assert!(result.is_err(), "transpose with tile 0 should panic");
}

/// A fully associative cache of `LINES` lines of 64 bytes with
/// least-recently-used replacement, counting misses.
struct Cache {
    lines: Vec<u64>,
    misses: u64,
}

const LINES: usize = 64;

impl Cache {
    fn access(&mut self, address: u64) {
        let line = address / 64;
        if let Some(at) = self.lines.iter().position(|&l| l == line) {
            let hit = self.lines.remove(at);
            self.lines.push(hit);
        } else {
            self.misses += 1;
            if self.lines.len() == LINES {
                self.lines.remove(0);
            }
            self.lines.push(line);
        }
    }
}

/// A matrix whose reads and writes go through the simulated cache, at the
/// addresses a row-major `u32` matrix would have.
struct Simulated<'a> {
    matrix: Matrix,
    base: u64,
    cache: &'a RefCell<Cache>,
}

impl Simulated<'_> {
    fn touch(&self, r: usize, c: usize) {
        let address = self.base + 4 * (r * self.matrix.cols + c) as u64;
        self.cache.borrow_mut().access(address);
    }
}

impl Read for Simulated<'_> {
    fn rows(&self) -> usize {
        self.matrix.rows
    }
    fn cols(&self) -> usize {
        self.matrix.cols
    }
    fn get(&self, r: usize, c: usize) -> u32 {
        self.touch(r, c);
        self.matrix.get(r, c)
    }
}

impl Write for Simulated<'_> {
    fn set(&mut self, r: usize, c: usize, value: u32) {
        self.touch(r, c);
        self.matrix.set(r, c, value);
    }
}

#[test]
fn tiles_keep_the_cache_misses_down() {
    let n = 256;
    let cache = RefCell::new(Cache {
        lines: Vec::with_capacity(LINES),
        misses: 0,
    });
    let src = Simulated {
        matrix: numbered(n, n),
        base: 0,
        cache: &cache,
    };
    let mut dst = Simulated {
        matrix: Matrix::zeros(n, n),
        base: 1 << 32,
        cache: &cache,
    };
    transpose(&src, &mut dst, 16);
    assert_eq!(
        dst.matrix.get(3, 5),
        5 * n as u32 + 3,
        "dst(3, 5) should be src(5, 3)"
    );
    // Each matrix is 256 * 256 * 4 bytes = 4,096 lines; every line must be
    // fetched at least once.
    let misses = cache.into_inner().misses;
    let best = 2 * 4_096;
    assert!(
        misses <= 2 * best,
        "a 256x256 transpose with tile 16 missed the simulated cache (64 lines of 64 bytes) {misses} times; a tiled transpose misses about {best}, a row-by-row one about 70,000"
    );
}
