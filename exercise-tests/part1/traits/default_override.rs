use super::*;

fn kitchen() -> Thermometer {
    Thermometer {
        room: String::from("kitchen"),
        celsius: 21.46,
    }
}

fn front_door() -> Counter {
    Counter {
        label: String::from("front door"),
        count: 3,
    }
}

/// Reports through a trait bound, as any generic code would.
fn report_generic<S: Sensor>(sensor: &S) -> String {
    sensor.report()
}

#[test]
fn thermometer_reports_one_decimal_and_the_unit() {
    assert_eq!(
        kitchen().report(),
        "kitchen: 21.5 °C",
        "a Thermometer of 21.46 °C in the kitchen"
    );
}

#[test]
fn counter_uses_the_default_report() {
    assert_eq!(
        front_door().report(),
        "front door: 3",
        "a Counter keeps the trait's default report"
    );
}

#[test]
fn generic_code_sees_the_thermometer_report() {
    assert_eq!(
        report_generic(&kitchen()),
        "kitchen: 21.5 °C",
        "report() through a `S: Sensor` bound must use the Thermometer's own format, not the trait's default"
    );
}

#[test]
fn dashboard_shows_every_sensor_in_its_own_format() {
    let kitchen = kitchen();
    let door = front_door();
    let cellar = Thermometer {
        room: String::from("cellar"),
        celsius: -3.0,
    };
    let sensors: [&dyn Sensor; 3] = [&kitchen, &door, &cellar];
    let expected = "kitchen: 21.5 °C\nfront door: 3\ncellar: -3.0 °C";
    assert_eq!(
        dashboard(&sensors),
        expected,
        "dashboard (through &dyn Sensor) should show thermometers with one decimal and °C"
    );
}

#[test]
fn dashboard_of_nothing_is_empty() {
    assert_eq!(dashboard(&[]), "", "dashboard of no sensors");
}
