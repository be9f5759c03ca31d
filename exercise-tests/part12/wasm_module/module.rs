//! Tests for the Part XII `WasmModule`. The same file runs twice: natively
//! (`cargo course check wasm-module`, plain `#[test]`s) and compiled to
//! wasm32-unknown-unknown under Node.js (`make wasm-test`), where `test`
//! below is wasm-bindgen-test's attribute and the last tests also check what
//! JavaScript receives.

// On wasm32, `#[test]` is wasm-bindgen-test's: the tests run inside Node.js,
// driven by `wasm-bindgen-test-runner`.
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use course_wasm::{PartialPixel, WasmModule};

/// Pure red, then (10, 20, 30), then white, then (0, 1, 0), all opaque.
const IMAGE: [u8; 16] = [
    255, 0, 0, 255, //
    10, 20, 30, 255, //
    255, 255, 255, 255, //
    0, 1, 0, 255,
];
/// The gray values of `IMAGE`.
const GRAY: [u8; 4] = [76, 18, 255, 1];

#[test]
fn one_call_converts_every_pixel() {
    let mut module = WasmModule::new();
    let got = module.process(&IMAGE);
    assert_eq!(got, GRAY, "process(IMAGE) in one call");
    assert_eq!(module.pending(), 0, "pending after whole pixels");
}

#[test]
fn gray_is_rounded_not_truncated() {
    // 587 / 1000 = 0.587: rounds to 1, truncates to 0.
    let mut module = WasmModule::new();
    let got = module.process(&[0, 1, 0, 255]);
    assert_eq!(
        got,
        [1],
        "process([0, 1, 0, 255]) should round 0.587 up to 1"
    );
}

#[test]
fn alpha_is_ignored() {
    let mut module = WasmModule::new();
    let got = module.process(&[10, 20, 30, 0, 10, 20, 30, 128]);
    assert_eq!(
        got,
        [18, 18],
        "the same color with alpha 0 and 128 should give the same gray"
    );
}

#[test]
fn no_input_gives_no_output() {
    let mut module = WasmModule::new();
    assert!(
        module.process(&[]).is_empty(),
        "process([]) should return no gray values"
    );
    assert_eq!(module.finish(), Ok(0), "finish() after no pixels");
}

#[test]
fn a_pixel_split_between_calls_is_carried() {
    let mut module = WasmModule::new();
    let first = module.process(&[255, 0]);
    assert!(
        first.is_empty(),
        "half a pixel gives nothing, got {first:?}"
    );
    assert_eq!(module.pending(), 2, "pending after 2 bytes");
    let second = module.process(&[0, 255, 10, 20, 30]);
    assert_eq!(second, [76], "the red pixel completed by the second call");
    assert_eq!(module.pending(), 3, "pending after 2 + 5 bytes");
    let third = module.process(&[255]);
    assert_eq!(third, [18], "the (10, 20, 30) pixel completed by one byte");
    assert_eq!(module.pending(), 0, "pending after 8 bytes");
}

#[test]
fn every_split_gives_the_same_output() {
    for first in 0..=IMAGE.len() {
        for second in first..=IMAGE.len() {
            let mut module = WasmModule::new();
            let mut got = module.process(&IMAGE[..first]);
            got.extend(module.process(&IMAGE[first..second]));
            got.extend(module.process(&IMAGE[second..]));
            assert_eq!(
                got, GRAY,
                "IMAGE fed as [..{first}], [{first}..{second}], [{second}..]"
            );
        }
    }
}

#[test]
fn byte_by_byte() {
    let mut module = WasmModule::new();
    let mut got = Vec::new();
    for (i, byte) in IMAGE.iter().enumerate() {
        got.extend(module.process(std::slice::from_ref(byte)));
        assert_eq!(
            module.pending(),
            (i + 1) % 4,
            "pending after {} byte(s) fed one at a time",
            i + 1
        );
    }
    assert_eq!(got, GRAY, "IMAGE fed one byte at a time");
}

#[test]
fn finish_counts_pixels_and_starts_over() {
    let mut module = WasmModule::new();
    module.process(&IMAGE[..6]);
    module.process(&IMAGE[6..]);
    assert_eq!(
        module.finish(),
        Ok(4),
        "finish() after the 4 pixels of IMAGE"
    );
    assert_eq!(
        module.finish(),
        Ok(0),
        "finish() again, with no pixels since"
    );
    let got = module.process(&IMAGE[..4]);
    assert_eq!(got, [76], "the next image after finish()");
    assert_eq!(module.finish(), Ok(1), "finish() after one more pixel");
}

#[test]
fn finish_inside_a_pixel_is_an_error() {
    let mut module = WasmModule::new();
    module.process(&IMAGE[..7]);
    assert_eq!(
        module.finish(),
        Err(PartialPixel { left: 3 }),
        "finish() after 7 bytes: 1 pixel and 3 bytes left over"
    );
    // The error ends the image too: nothing is carried into the next one.
    assert_eq!(module.pending(), 0, "pending after a failed finish()");
    let got = module.process(&IMAGE[4..8]);
    assert_eq!(got, [18], "the next image after a failed finish()");
    assert_eq!(module.finish(), Ok(1), "finish() of the next image");
}

#[test]
fn default_is_new() {
    let mut module = WasmModule::default();
    assert_eq!(
        module.process(&IMAGE),
        GRAY,
        "WasmModule::default().process(IMAGE)"
    );
}

#[test]
fn the_error_message_names_the_bytes_left() {
    let message = PartialPixel { left: 2 }.to_string();
    assert_eq!(
        message,
        "the image data ended inside a pixel: 2 byte(s) left over, and an RGBA pixel has 4",
        "the Display text of PartialPixel {{ left: 2 }}"
    );
}

/// What JavaScript receives; these need a JavaScript engine, so they run
/// only in the wasm32 build, under Node.js.
#[cfg(target_arch = "wasm32")]
mod in_javascript {
    use super::test;
    use course_wasm::PartialPixel;
    use wasm_bindgen::{JsCast, JsValue};

    #[test]
    fn the_error_becomes_a_javascript_error() {
        let value = JsValue::from(PartialPixel { left: 1 });
        let error = value
            .dyn_into::<js_sys::Error>()
            .expect("PartialPixel should become a JavaScript Error object");
        assert_eq!(
            String::from(error.message()),
            "the image data ended inside a pixel: 1 byte(s) left over, and an RGBA pixel has 4",
            "e.message of the thrown Error"
        );
    }

    #[test]
    fn gray_values_cross_as_a_uint8array() {
        // What the generated glue does with `process`'s `Vec<u8>`: copy it
        // out of the module's memory into a `Uint8Array`.
        let mut module = course_wasm::WasmModule::new();
        let array = js_sys::Uint8Array::from(module.process(&super::IMAGE).as_slice());
        assert_eq!(array.length(), 4, "length of the Uint8Array");
        assert_eq!(array.to_vec(), super::GRAY, "contents of the Uint8Array");
    }
}
