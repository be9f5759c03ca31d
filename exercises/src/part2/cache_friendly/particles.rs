//! A simulation has kept its particles in a `Vec<Particle>`, an array of
//! structs, and the functions in `mod aos` below are its hot loops. Each of
//! them reads only one or two fields of every particle, so store the
//! particles as a struct of arrays instead: `Particles` has one `Vec` per
//! field, all of the same length, and particle `i` is element `i` of every
//! column.
//!
//! Write the methods of `Particles`. `from_slice` copies a slice of particles
//! into the columns with one allocation per column (no column may grow while
//! it is filled). `push` appends one particle. `get(i)` puts particle `i`
//! back together, or returns `None` past the end. `total_mass`, `advance` and
//! `heaviest` must give exactly the results of their `aos` counterparts:
//! `total_mass` adds the masses from first to last, `advance(dt)` moves every
//! particle by its velocity times `dt`, and `heaviest` returns the `id` of the
//! heaviest particle (the first one if several tie, `None` if there are no
//! particles). None of these four may allocate.

/// One particle, as the rest of the program sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Particle {
    pub id: u32,
    pub x: f32,
    pub y: f32,
    pub vx: f32,
    pub vy: f32,
    pub mass: f32,
}

/// The old code: loops over an array of structs (given, do not change).
pub mod aos {
    use super::Particle;

    /// The sum of all masses, first to last.
    pub fn total_mass(particles: &[Particle]) -> f32 {
        let mut total = 0.0;
        for p in particles {
            total += p.mass;
        }
        total
    }

    /// Moves every particle by its velocity times `dt`.
    pub fn advance(particles: &mut [Particle], dt: f32) {
        for p in particles {
            p.x += p.vx * dt;
            p.y += p.vy * dt;
        }
    }

    /// The id of the heaviest particle; the first one wins a tie.
    pub fn heaviest(particles: &[Particle]) -> Option<u32> {
        let mut best: Option<&Particle> = None;
        for p in particles {
            if best.is_none_or(|b| p.mass > b.mass) {
                best = Some(p);
            }
        }
        best.map(|p| p.id)
    }
}

/// The same particles, one column per field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Particles {
    pub id: Vec<u32>,
    pub x: Vec<f32>,
    pub y: Vec<f32>,
    pub vx: Vec<f32>,
    pub vy: Vec<f32>,
    pub mass: Vec<f32>,
}

impl Particles {
    /// No particles. Allocates nothing.
    pub fn new() -> Self {
        Self::default()
    }

    /// The columns of `particles`, each allocated once.
    pub fn from_slice(particles: &[Particle]) -> Self {
        todo!("copy {} particle(s) into columns", particles.len())
    }

    /// Appends `p` to every column.
    pub fn push(&mut self, p: Particle) {
        todo!("push {p:?}")
    }

    /// The number of particles.
    pub fn len(&self) -> usize {
        todo!("count the particles")
    }

    /// Whether there are no particles.
    pub fn is_empty(&self) -> bool {
        todo!("are there no particles?")
    }

    /// Particle `i`, put back together; `None` past the end.
    pub fn get(&self, i: usize) -> Option<Particle> {
        todo!("assemble particle {i}")
    }

    /// The sum of all masses, first to last.
    pub fn total_mass(&self) -> f32 {
        todo!("add up the masses")
    }

    /// Moves every particle by its velocity times `dt`.
    pub fn advance(&mut self, dt: f32) {
        todo!("advance by {dt}")
    }

    /// The id of the heaviest particle; the first one wins a tie.
    pub fn heaviest(&self) -> Option<u32> {
        todo!("find the heaviest particle")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/cache_friendly/particles.rs"]
mod tests;
