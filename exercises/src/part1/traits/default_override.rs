//! Every `Sensor` reports its reading with `report`. The trait's default
//! `report` prints `"NAME: VALUE"`, which suits a `Counter` (`"front door:
//! 3"`). A `Thermometer` should report one decimal and a unit instead:
//! `"kitchen: 21.5 °C"`.
//!
//! Calling `report` on a `Thermometer` variable gives the right text. But
//! `dashboard`, which reports every sensor of a mixed list, prints
//! thermometers in the default format, and so does any generic function
//! with a `S: Sensor` bound. Find out why and fix it. Keep the trait's
//! default `report` and every signature as they are.

/// Anything that can be read and reported on a dashboard.
pub trait Sensor {
    /// Where the sensor is, such as `"kitchen"`.
    fn name(&self) -> &str;

    /// The current reading.
    fn value(&self) -> f64;

    /// One line for the dashboard: `"NAME: VALUE"`.
    fn report(&self) -> String {
        format!("{}: {}", self.name(), self.value())
    }
}

/// Counts events, such as how often a door opened.
pub struct Counter {
    pub label: String,
    pub count: u32,
}

impl Sensor for Counter {
    fn name(&self) -> &str {
        &self.label
    }

    fn value(&self) -> f64 {
        f64::from(self.count)
    }
}

/// A room temperature, in degrees Celsius.
pub struct Thermometer {
    pub room: String,
    pub celsius: f64,
}

impl Thermometer {
    /// `"ROOM: 21.5 °C"`: one decimal and the unit.
    pub fn report(&self) -> String {
        format!("{}: {:.1} °C", self.room, self.celsius)
    }
}

impl Sensor for Thermometer {
    fn name(&self) -> &str {
        &self.room
    }

    fn value(&self) -> f64 {
        self.celsius
    }
}

/// The reports of all `sensors`, one per line, in order.
pub fn dashboard(sensors: &[&dyn Sensor]) -> String {
    sensors
        .iter()
        .map(|sensor| sensor.report())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/traits/default_override.rs"]
mod tests;
