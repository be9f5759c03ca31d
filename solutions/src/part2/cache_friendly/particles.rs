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
        // Collecting from a slice iterator knows the length in advance, so
        // each column is allocated once, at its final size.
        Particles {
            id: particles.iter().map(|p| p.id).collect(),
            x: particles.iter().map(|p| p.x).collect(),
            y: particles.iter().map(|p| p.y).collect(),
            vx: particles.iter().map(|p| p.vx).collect(),
            vy: particles.iter().map(|p| p.vy).collect(),
            mass: particles.iter().map(|p| p.mass).collect(),
        }
    }

    /// Appends `p` to every column.
    pub fn push(&mut self, p: Particle) {
        self.id.push(p.id);
        self.x.push(p.x);
        self.y.push(p.y);
        self.vx.push(p.vx);
        self.vy.push(p.vy);
        self.mass.push(p.mass);
    }

    /// The number of particles.
    pub fn len(&self) -> usize {
        self.id.len()
    }

    /// Whether there are no particles.
    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }

    /// Particle `i`, put back together; `None` past the end.
    pub fn get(&self, i: usize) -> Option<Particle> {
        Some(Particle {
            id: *self.id.get(i)?,
            x: self.x[i],
            y: self.y[i],
            vx: self.vx[i],
            vy: self.vy[i],
            mass: self.mass[i],
        })
    }

    /// The sum of all masses, first to last.
    pub fn total_mass(&self) -> f32 {
        // Reads one dense column: 4 bytes per particle.
        let mut total = 0.0;
        for &m in &self.mass {
            total += m;
        }
        total
    }

    /// Moves every particle by its velocity times `dt`.
    pub fn advance(&mut self, dt: f32) {
        for (x, vx) in self.x.iter_mut().zip(&self.vx) {
            *x += vx * dt;
        }
        for (y, vy) in self.y.iter_mut().zip(&self.vy) {
            *y += vy * dt;
        }
    }

    /// The id of the heaviest particle; the first one wins a tie.
    pub fn heaviest(&self) -> Option<u32> {
        let mut best: Option<usize> = None;
        for (i, &m) in self.mass.iter().enumerate() {
            if best.is_none_or(|b| m > self.mass[b]) {
                best = Some(i);
            }
        }
        best.map(|i| self.id[i])
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/cache_friendly/particles.rs"]
mod tests;
