//! The seed's `WasmModule`, made real: a streaming grayscale converter for
//! JavaScript. A page feeds it the RGBA bytes of an image in chunks of any
//! size, as they arrive from `fetch` or a file, and gets back one gray byte
//! per pixel.
//!
//! - `process(input)` returns the gray value of every pixel completed by
//!   `input`, in order: `(299 * r + 587 * g + 114 * b + 500) / 1000` (the
//!   ITU-R BT.601 weights, rounded to the nearest integer; alpha is
//!   ignored). Pure red `[255, 0, 0, 255]` is 76, and
//!   `[10, 20, 30, 255]` is 18.
//! - A pixel split between two calls is carried in `internal_state` until
//!   its last byte arrives, so any split of the same bytes gives the same
//!   output. The getter `pending` is the number of bytes carried (0 to 3).
//! - `finish()` ends the image: it returns how many pixels were converted
//!   since the module was made or last finished, or
//!   `Err(PartialPixel { left })` when the image ended inside a pixel.
//!   Either way the module is then ready for the next image.
//!
//! JavaScript sees `process` take and return a `Uint8Array`, `pending` as a
//! property, and a failed `finish()` throw an `Error` with the message of
//! `PartialPixel` (the `From` impl below).

use wasm_bindgen::prelude::*;

/// Bytes per RGBA pixel.
const PIXEL: usize = 4;

/// Converts a stream of RGBA bytes to gray values, one per pixel.
#[wasm_bindgen]
pub struct WasmModule {
    /// The bytes of a pixel not yet complete (0 to 3).
    internal_state: Vec<u8>,
    /// Pixels converted since the last `finish`.
    pixels: u32,
}

#[wasm_bindgen]
impl WasmModule {
    /// A converter at the start of an image.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self {
            internal_state: Vec::with_capacity(4),
            pixels: 0,
        }
    }

    /// The gray value of every pixel that `input` completes.
    pub fn process(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity((self.internal_state.len() + input.len()) / PIXEL);
        let mut rest = input;
        // First complete the pixel carried over from the last call, if any.
        if !self.internal_state.is_empty() {
            let wanted = (PIXEL - self.internal_state.len()).min(rest.len());
            self.internal_state.extend_from_slice(&rest[..wanted]);
            rest = &rest[wanted..];
            let Ok(pixel) = <[u8; PIXEL]>::try_from(self.internal_state.as_slice()) else {
                // Still short of a whole pixel: `input` has ended.
                return out;
            };
            out.push(gray(&pixel));
            self.internal_state.clear();
        }
        let (pixels, leftover) = rest.as_chunks::<PIXEL>();
        self.internal_state.extend_from_slice(leftover);
        out.extend(pixels.iter().map(gray));
        // At most 2³² pixels per image: 16 GiB of RGBA, beyond a 32-bit
        // WebAssembly memory anyway.
        self.pixels += u32::try_from(out.len()).expect("fewer than 2^32 pixels per call");
        out
    }

    /// How many bytes of an unfinished pixel are carried to the next call.
    #[wasm_bindgen(getter)]
    pub fn pending(&self) -> usize {
        self.internal_state.len()
    }

    /// Ends the image: the number of pixels converted, or the bytes left over.
    pub fn finish(&mut self) -> Result<u32, PartialPixel> {
        let pixels = std::mem::take(&mut self.pixels);
        let left = self.internal_state.len();
        self.internal_state.clear();
        if left == 0 {
            Ok(pixels)
        } else {
            Err(PartialPixel { left })
        }
    }
}

impl Default for WasmModule {
    fn default() -> Self {
        Self::new()
    }
}

/// The gray value of one RGBA pixel (BT.601 weights, rounded).
fn gray(&[r, g, b, _alpha]: &[u8; PIXEL]) -> u8 {
    let [r, g, b] = [r, g, b].map(u32::from);
    // At most (299 + 587 + 114) * 255 + 500 = 255_500, so the quotient
    // is at most 255.
    ((299 * r + 587 * g + 114 * b + 500) / 1000) as u8
}

/// An image that ended inside a pixel.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the image data ended inside a pixel: {left} byte(s) left over, and an RGBA pixel has 4")]
pub struct PartialPixel {
    /// The bytes of the unfinished pixel (1 to 3).
    pub left: usize,
}

// Lets `finish` return `Result<u32, PartialPixel>`: JavaScript gets the
// error as a thrown `Error` with this message.
impl From<PartialPixel> for JsValue {
    fn from(error: PartialPixel) -> JsValue {
        JsError::from(error).into()
    }
}
