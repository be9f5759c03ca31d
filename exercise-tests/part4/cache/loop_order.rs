use super::*;
use std::cell::RefCell;

/// A matrix that records the order of the reads.
struct Recorded {
    matrix: Matrix,
    reads: RefCell<Vec<(usize, usize)>>,
}

impl Cells for Recorded {
    fn rows(&self) -> usize {
        self.matrix.rows
    }
    fn cols(&self) -> usize {
        self.matrix.cols
    }
    fn get(&self, r: usize, c: usize) -> u64 {
        self.reads.borrow_mut().push((r, c));
        self.matrix.get(r, c)
    }
}

fn matrix(rows: usize, cols: usize) -> Matrix {
    let data = (0..rows * cols).map(|i| (i as u64 * 7919) % 1000).collect();
    Matrix { rows, cols, data }
}

fn expected_sums(m: &Matrix) -> Vec<u64> {
    (0..m.cols)
        .map(|c| (0..m.rows).map(|r| m.data[r * m.cols + c]).sum())
        .collect()
}

#[test]
fn sums_every_column() {
    for (rows, cols) in [(1, 1), (2, 3), (3, 2), (5, 7), (16, 16), (0, 4), (4, 0)] {
        let m = matrix(rows, cols);
        let expected = expected_sums(&m);
        assert_eq!(
            column_sums(&m),
            expected,
            "column sums of a {rows}x{cols} matrix"
        );
    }
}

#[test]
fn small_example() {
    let m = Matrix {
        rows: 2,
        cols: 3,
        data: vec![1, 2, 3, 10, 20, 30],
    };
    assert_eq!(
        column_sums(&m),
        [11, 22, 33],
        "the column sums of [[1, 2, 3], [10, 20, 30]]"
    );
}

#[test]
fn reads_in_memory_order() {
    for (rows, cols) in [(2, 3), (4, 4), (3, 8)] {
        let recorded = Recorded {
            matrix: matrix(rows, cols),
            reads: RefCell::new(Vec::new()),
        };
        let sums = column_sums(&recorded);
        assert_eq!(
            sums,
            expected_sums(&recorded.matrix),
            "column sums of a {rows}x{cols} matrix"
        );
        let reads = recorded.reads.into_inner();
        let memory_order: Vec<(usize, usize)> = (0..rows)
            .flat_map(|r| (0..cols).map(move |c| (r, c)))
            .collect();
        if let Some(i) = reads.iter().zip(&memory_order).position(|(a, b)| a != b) {
            panic!(
                "on a {rows}x{cols} matrix, read number {i} was {:?}, but in memory order it is {:?} (the reads so far: {:?})",
                reads[i],
                memory_order[i],
                &reads[..=i]
            );
        }
        assert_eq!(
            reads.len(),
            rows * cols,
            "a {rows}x{cols} matrix should be read exactly once per element"
        );
    }
}
