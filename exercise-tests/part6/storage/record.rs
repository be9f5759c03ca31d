use super::*;

fn put(key: &str, value: &str) -> Record {
    Record::Put {
        key: key.as_bytes().to_vec(),
        value: value.as_bytes().to_vec(),
    }
}

fn delete(key: &str) -> Record {
    Record::Delete {
        key: key.as_bytes().to_vec(),
    }
}

fn encoded(record: &Record) -> Vec<u8> {
    let mut out = Vec::new();
    encode(record, &mut out);
    out
}

#[test]
fn a_put_is_laid_out_as_documented() {
    let bytes = encoded(&put("ab", "xyz"));
    assert_eq!(bytes.len(), 12 + 2 + 3, "header, key and value");
    assert_eq!(
        &bytes[4..8],
        2u32.to_le_bytes(),
        "bytes 4-7: key length 2, little-endian"
    );
    assert_eq!(
        &bytes[8..12],
        3u32.to_le_bytes(),
        "bytes 8-11: value length 3"
    );
    assert_eq!(&bytes[12..], b"abxyz", "then the key and the value");
    let crc = crc32fast::hash(&bytes[4..]);
    assert_eq!(
        &bytes[0..4],
        crc.to_le_bytes(),
        "bytes 0-3: the CRC-32 of bytes 4.."
    );
}

#[test]
fn a_delete_has_the_tombstone_length_and_no_value() {
    let bytes = encoded(&delete("gone"));
    assert_eq!(
        &bytes[8..12],
        [0xFF; 4],
        "value length u32::MAX marks a delete"
    );
    assert_eq!(&bytes[12..], b"gone", "a delete has the key and no value");
}

#[test]
fn encode_appends() {
    let mut out = b"existing".to_vec();
    encode(&put("k", "v"), &mut out);
    assert_eq!(&out[..8], b"existing", "encode must append, not overwrite");
    assert_eq!(out.len(), 8 + 14, "8 existing bytes plus a 14-byte record");
}

#[test]
fn records_round_trip() {
    let records = [
        put("user:1", "ada"),
        put("", ""),
        delete("user:2"),
        Record::Put {
            key: vec![0, 255],
            value: vec![7; 5000],
        },
    ];
    for record in records {
        let bytes = encoded(&record);
        let got = decode(&bytes);
        assert_eq!(
            got,
            Ok(Some((record.clone(), bytes.len()))),
            "decoding {record:?}"
        );
    }
}

#[test]
fn decode_reads_only_the_first_record() {
    let mut bytes = encoded(&put("a", "1"));
    let first = bytes.len();
    encode(&put("b", "2"), &mut bytes);
    assert_eq!(
        decode(&bytes),
        Ok(Some((put("a", "1"), first))),
        "decode should return the first record and its length"
    );
    assert_eq!(
        decode(&bytes[first..]),
        Ok(Some((put("b", "2"), 14))),
        "then the second"
    );
}

#[test]
fn a_torn_record_is_incomplete_at_every_cut() {
    let bytes = encoded(&put("key", "a value"));
    for cut in 0..bytes.len() {
        assert_eq!(
            decode(&bytes[..cut]),
            Ok(None),
            "the first {cut} of {} bytes are an incomplete record",
            bytes.len()
        );
    }
}

#[test]
fn a_flipped_bit_anywhere_fails_the_checksum() {
    let bytes = encoded(&put("key", "value"));
    for at in [0, 3, 12, 14, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x10;
        let got = decode(&damaged);
        assert!(
            matches!(got, Err(Corrupt::Checksum { .. })),
            "a bit flipped in byte {at} should fail the checksum, got {got:?}"
        );
    }
}

#[test]
fn the_checksum_error_reports_both_values() {
    let mut bytes = encoded(&put("k", "v"));
    let stored = u32::from_le_bytes(bytes[0..4].try_into().unwrap()) ^ 1;
    bytes[0..4].copy_from_slice(&stored.to_le_bytes());
    let computed = crc32fast::hash(&bytes[4..]);
    assert_eq!(
        decode(&bytes),
        Err(Corrupt::Checksum { stored, computed }),
        "the error should carry the stored and the computed CRC"
    );
}

#[test]
fn absurd_lengths_are_corrupt_without_waiting_for_the_body() {
    let mut header = vec![0u8; 12];
    header[4..8].copy_from_slice(&(MAX_LEN + 1).to_le_bytes());
    assert_eq!(
        decode(&header),
        Err(Corrupt::TooLong { len: MAX_LEN + 1 }),
        "a key length above MAX_LEN is corrupt, even though the body is missing"
    );
    let mut header = vec![0u8; 12];
    header[8..12].copy_from_slice(&0x8000_0000u32.to_le_bytes());
    assert_eq!(
        decode(&header),
        Err(Corrupt::TooLong { len: 0x8000_0000 }),
        "a value length above MAX_LEN (and not the tombstone) is corrupt"
    );
}
