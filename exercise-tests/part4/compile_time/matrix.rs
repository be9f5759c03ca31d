use super::*;
use std::mem::size_of;

fn random<const R: usize, const C: usize>(rng: &mut fastrand::Rng) -> Matrix<R, C> {
    Matrix(std::array::from_fn(|_| {
        std::array::from_fn(|_| rng.i64(..))
    }))
}

#[test]
fn small_example() {
    let a = Matrix([[1, 2, 3], [4, 5, 6]]);
    let b = Matrix([[7, 8], [9, 10], [11, 12]]);
    assert_eq!(
        a.mul(&b),
        Matrix([[58, 64], [139, 154]]),
        "[[1, 2, 3], [4, 5, 6]] × [[7, 8], [9, 10], [11, 12]] should be [[58, 64], [139, 154]]"
    );
    assert_eq!(
        a.transpose(),
        Matrix([[1, 4], [2, 5], [3, 6]]),
        "the transpose of [[1, 2, 3], [4, 5, 6]] should be [[1, 4], [2, 5], [3, 6]]"
    );
}

fn check_mul<const R: usize, const C: usize, const K: usize>(rng: &mut fastrand::Rng) {
    let a: Matrix<R, C> = random(rng);
    let b: Matrix<C, K> = random(rng);
    let got = a.mul(&b);
    for i in 0..R {
        for j in 0..K {
            let expected = (0..C).fold(0i64, |s, k| {
                s.wrapping_add(a.0[i][k].wrapping_mul(b.0[k][j]))
            });
            assert_eq!(
                got.0[i][j], expected,
                "element ({i}, {j}) of a {R}x{C} times {C}x{K} product should be {expected}"
            );
        }
    }
    let t = a.transpose();
    assert_eq!(
        t.transpose(),
        a,
        "transposing a {R}x{C} matrix twice should give it back"
    );
    for i in 0..R {
        for j in 0..C {
            assert_eq!(
                t.0[j][i], a.0[i][j],
                "element ({j}, {i}) of the transpose of a {R}x{C} matrix"
            );
        }
    }
}

#[test]
fn random_matrices_of_several_shapes() {
    let mut rng = fastrand::Rng::with_seed(21);
    for _ in 0..20 {
        check_mul::<1, 1, 1>(&mut rng);
        check_mul::<2, 3, 4>(&mut rng);
        check_mul::<4, 1, 3>(&mut rng);
        check_mul::<5, 5, 5>(&mut rng);
        check_mul::<3, 7, 2>(&mut rng);
        check_mul::<0, 2, 3>(&mut rng);
        check_mul::<2, 0, 3>(&mut rng);
    }
}

#[test]
fn the_shape_costs_no_memory() {
    assert_eq!(
        size_of::<Matrix<2, 3>>(),
        6 * 8,
        "a 2x3 matrix is six i64 and nothing else"
    );
}
