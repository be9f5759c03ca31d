//! Tests for the TH-01 driver with embedded-hal-mock: each test lists the
//! bus transactions and delays it expects, in order. A transaction the test
//! did not expect panics inside the mock with its own message (for example
//! "i2c::write_read write data does not match expectation", with the two
//! byte lists), and `done()` fails if an expected one never happened.

use course_driver::{
    crc8, Error, Measurement, Th01, CHIP_ID, CTRL, DATA, MAX_POLLS, POLL_INTERVAL_MS, START,
    STATUS, WHO_AM_I,
};
use embedded_hal::i2c::{ErrorKind, NoAcknowledgeSource};
use embedded_hal_mock::eh1::delay::{CheckedDelay, Transaction as Delay};
use embedded_hal_mock::eh1::i2c::{Mock as I2cMock, Transaction as I2c};

const ADDR: u8 = 0x40;

/// The driver over mocks that expect `bus` and `delays`.
fn sensor(bus: &[I2c], delays: &[Delay]) -> Th01<I2cMock, CheckedDelay> {
    Th01::new(I2cMock::new(bus), CheckedDelay::new(delays), ADDR)
}

/// Checks that every expected transaction and delay happened.
fn finish(sensor: Th01<I2cMock, CheckedDelay>) {
    let (mut i2c, mut delay) = sensor.release();
    i2c.done();
    delay.done();
}

/// The 5 DATA bytes for a measurement, with a correct CRC.
fn data(centi_celsius: i16, centi_percent_rh: u16) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend(centi_celsius.to_le_bytes());
    bytes.extend(centi_percent_rh.to_le_bytes());
    bytes.push(crc8(&bytes));
    bytes
}

fn start() -> I2c {
    I2c::write(ADDR, vec![CTRL, START])
}

fn status(value: u8) -> I2c {
    I2c::write_read(ADDR, vec![STATUS], vec![value])
}

fn wait() -> Delay {
    Delay::delay_ms(POLL_INTERVAL_MS)
}

fn nack() -> ErrorKind {
    ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)
}

#[test]
fn crc8_matches_the_datasheet_example() {
    assert_eq!(crc8(&[0xBE, 0xEF]), 0x92, "the CRC-8 of 0xBE 0xEF is 0x92");
}

#[test]
fn init_accepts_the_right_chip() {
    let mut sensor = sensor(&[I2c::write_read(ADDR, vec![WHO_AM_I], vec![CHIP_ID])], &[]);
    assert_eq!(
        sensor.init(),
        Ok(()),
        "WHO_AM_I read {CHIP_ID:#x}: init should succeed"
    );
    finish(sensor);
}

#[test]
fn init_rejects_another_chip() {
    let mut sensor = sensor(&[I2c::write_read(ADDR, vec![WHO_AM_I], vec![0x33])], &[]);
    assert_eq!(
        sensor.init(),
        Err(Error::WrongChip(0x33)),
        "WHO_AM_I read 0x33: init should report WrongChip(0x33)"
    );
    finish(sensor);
}

#[test]
fn init_reports_a_bus_error() {
    let bus = [I2c::write_read(ADDR, vec![WHO_AM_I], vec![0]).with_error(nack())];
    let mut sensor = sensor(&bus, &[]);
    assert_eq!(
        sensor.init(),
        Err(Error::Bus(nack())),
        "no device answered: init should return the bus error"
    );
    finish(sensor);
}

#[test]
fn a_measurement_ready_at_the_first_poll() {
    let bus = [
        start(),
        status(0x01),
        I2c::write_read(ADDR, vec![DATA], data(2315, 4570)),
    ];
    let mut sensor = sensor(&bus, &[wait()]);
    assert_eq!(
        sensor.measure(),
        Ok(Measurement {
            centi_celsius: 2315,
            centi_percent_rh: 4570
        }),
        "23.15 °C and 45.70 %RH"
    );
    finish(sensor);
}

#[test]
fn a_measurement_ready_after_three_polls() {
    let bus = [
        start(),
        status(0x00),
        status(0x80), // another bit, not "ready"
        status(0x81),
        I2c::write_read(ADDR, vec![DATA], data(-1250, 9999)),
    ];
    let mut sensor = sensor(&bus, &[wait(), wait(), wait()]);
    assert_eq!(
        sensor.measure(),
        Ok(Measurement {
            centi_celsius: -1250,
            centi_percent_rh: 9999
        }),
        "-12.50 °C (a negative i16, little-endian) and 99.99 %RH"
    );
    finish(sensor);
}

#[test]
fn a_sensor_that_never_gets_ready_times_out() {
    let mut bus = vec![start()];
    bus.extend((0..MAX_POLLS).map(|_| status(0x00)));
    let delays: Vec<Delay> = (0..MAX_POLLS).map(|_| wait()).collect();
    let mut sensor = sensor(&bus, &delays);
    assert_eq!(
        sensor.measure(),
        Err(Error::Timeout),
        "STATUS never ready in {MAX_POLLS} polls: Timeout, without reading DATA"
    );
    finish(sensor);
}

#[test]
fn a_corrupted_measurement_is_rejected() {
    let mut bytes = data(2315, 4570);
    bytes[1] ^= 0x01; // one bit flipped on the wire
    let bus = [
        start(),
        status(0x01),
        I2c::write_read(ADDR, vec![DATA], bytes),
    ];
    let mut sensor = sensor(&bus, &[wait()]);
    assert_eq!(
        sensor.measure(),
        Err(Error::Crc),
        "a flipped bit should fail the CRC check"
    );
    finish(sensor);
}

#[test]
fn a_bus_error_while_starting_stops_the_measurement() {
    let bus = [start().with_error(nack())];
    let mut sensor = sensor(&bus, &[]);
    assert_eq!(
        sensor.measure(),
        Err(Error::Bus(nack())),
        "the start command failed: measure should return the bus error at once"
    );
    finish(sensor);
}

#[test]
fn a_bus_error_while_polling_stops_the_measurement() {
    let bus = [
        start(),
        status(0x00),
        status(0x00).with_error(ErrorKind::ArbitrationLoss),
    ];
    let mut sensor = sensor(&bus, &[wait(), wait()]);
    assert_eq!(
        sensor.measure(),
        Err(Error::Bus(ErrorKind::ArbitrationLoss)),
        "a failed STATUS read should be returned at once, without polling again"
    );
    finish(sensor);
}

#[test]
fn a_bus_error_while_reading_data_is_returned() {
    let bus = [
        start(),
        status(0x01),
        I2c::write_read(ADDR, vec![DATA], vec![0; 5]).with_error(ErrorKind::Bus),
    ];
    let mut sensor = sensor(&bus, &[wait()]);
    assert_eq!(
        sensor.measure(),
        Err(Error::Bus(ErrorKind::Bus)),
        "the DATA read failed"
    );
    finish(sensor);
}
