use super::*;

/// `n` particles with fixed, exactly representable values. Masses repeat, so
/// `heaviest` has ties to break.
fn sample(n: u32) -> Vec<Particle> {
    (0..n)
        .map(|i| Particle {
            id: 1000 + i,
            x: i as f32,
            y: -(i as f32) / 2.0,
            vx: (i % 5) as f32 - 2.0,
            vy: 0.25 * (i % 3) as f32,
            mass: 1.0 + ((i * 7) % 11) as f32 / 4.0,
        })
        .collect()
}

/// Checks every column of `soa` against the array of structs `aos`.
fn check_columns(soa: &Particles, aos: &[Particle], what: &str) {
    let column = |f: fn(&Particle) -> f32| aos.iter().map(f).collect::<Vec<f32>>();
    let ids: Vec<u32> = aos.iter().map(|p| p.id).collect();
    assert_eq!(soa.id, ids, "{what}: the `id` column should be {ids:?}");
    for (name, got, expected) in [
        ("x", &soa.x, column(|p| p.x)),
        ("y", &soa.y, column(|p| p.y)),
        ("vx", &soa.vx, column(|p| p.vx)),
        ("vy", &soa.vy, column(|p| p.vy)),
        ("mass", &soa.mass, column(|p| p.mass)),
    ] {
        assert_eq!(
            got, &expected,
            "{what}: the `{name}` column should be {expected:?}"
        );
    }
}

#[test]
fn from_slice_fills_every_column() {
    let aos = sample(7);
    let soa = Particles::from_slice(&aos);
    check_columns(&soa, &aos, "Particles::from_slice(&sample(7))");
    assert_eq!(soa.len(), 7, "7 particles should give len() 7");
    assert!(!soa.is_empty(), "7 particles should not be empty");
}

#[test]
fn push_appends_to_every_column() {
    let aos = sample(4);
    let mut soa = Particles::new();
    for p in &aos {
        soa.push(*p);
    }
    check_columns(&soa, &aos, "pushing sample(4) one by one");
    assert_eq!(
        soa,
        Particles::from_slice(&aos),
        "pushing the particles one by one should give the same columns as from_slice"
    );
}

#[test]
fn get_puts_a_particle_back_together() {
    let aos = sample(5);
    let soa = Particles::from_slice(&aos);
    for (i, expected) in aos.iter().enumerate() {
        assert_eq!(
            soa.get(i),
            Some(*expected),
            "get({i}) should be Some({expected:?})"
        );
    }
    assert_eq!(soa.get(5), None, "get(5) of 5 particles should be None");
    assert_eq!(soa.get(usize::MAX), None, "get(usize::MAX) should be None");
}

#[test]
fn queries_match_the_array_of_structs() {
    for n in [1, 2, 11, 100] {
        let aos = sample(n);
        let soa = Particles::from_slice(&aos);
        let expected_mass = aos::total_mass(&aos);
        assert_eq!(
            soa.total_mass(),
            expected_mass,
            "total_mass() of sample({n}) should be {expected_mass}"
        );
        let expected_id = aos::heaviest(&aos);
        assert_eq!(
            soa.heaviest(),
            expected_id,
            "heaviest() of sample({n}) should be {expected_id:?} (the first of the heaviest)"
        );
    }
}

#[test]
fn heaviest_prefers_the_first_of_equals() {
    let mut aos = sample(3);
    for p in &mut aos {
        p.mass = 2.0;
    }
    let soa = Particles::from_slice(&aos);
    assert_eq!(
        soa.heaviest(),
        Some(1000),
        "three particles of mass 2.0 (ids 1000, 1001, 1002): heaviest() should be Some(1000)"
    );
}

#[test]
fn advance_moves_like_the_array_of_structs() {
    let mut aos = sample(20);
    let mut soa = Particles::from_slice(&aos);
    for dt in [0.5, 0.25, 2.0] {
        aos::advance(&mut aos, dt);
        soa.advance(dt);
        check_columns(&soa, &aos, &format!("after advance({dt})"));
    }
}

#[test]
fn no_particles() {
    let soa = Particles::from_slice(&[]);
    assert!(soa.is_empty(), "Particles::from_slice(&[]) should be empty");
    assert_eq!(soa.len(), 0, "no particles should give len() 0");
    assert_eq!(
        soa.total_mass(),
        0.0,
        "total_mass() of no particles should be 0.0"
    );
    assert_eq!(
        soa.heaviest(),
        None,
        "heaviest() of no particles should be None"
    );
    assert_eq!(soa.get(0), None, "get(0) of no particles should be None");
    let mut soa = soa;
    soa.advance(1.0);
    assert!(
        soa.is_empty(),
        "advance() on no particles should leave none"
    );
}

#[test]
fn from_slice_allocates_each_column_once() {
    let aos = sample(1000);
    let (soa, stats) = course_alloc::measure(|| Particles::from_slice(&aos));
    assert_eq!(
        soa.len(),
        1000,
        "from_slice(&sample(1000)) should hold 1000 particles"
    );
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (6, 0),
        "from_slice should allocate each of the 6 columns once, at its final size \
         (collect from the slice, or Vec::with_capacity), and never grow one: {stats:?}"
    );
}

#[test]
fn hot_loops_do_not_allocate() {
    let mut soa = Particles::from_slice(&sample(100));
    let (_, stats) = course_alloc::measure(|| {
        let _ = soa.total_mass();
        let _ = soa.heaviest();
        let _ = soa.get(50);
        soa.advance(0.5);
    });
    assert!(
        stats.is_zero(),
        "total_mass, heaviest, get and advance should not touch the heap: {stats:?}"
    );
}
