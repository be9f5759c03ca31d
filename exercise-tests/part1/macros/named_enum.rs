named_enum! {
    /// The four seasons, in calendar order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Season {
        Spring,
        Summer,
        /// Also called fall.
        Autumn,
        Winter,
    }
}

// Discriminants, attributes on a variant, no trailing comma.
named_enum! {
    #[derive(Debug, PartialEq)]
    #[repr(u8)]
    enum Level {
        Low = 1,
        #[allow(dead_code)]
        Medium = 5,
        High = 10
    }
}

// Visibility: the enum is used from outside its module.
mod shapes {
    named_enum! {
        #[derive(Debug, PartialEq)]
        pub enum Shape { Circle, Square }
    }

    named_enum! {
        #[derive(Debug, PartialEq)]
        pub(crate) enum Only { One }
    }
}

use shapes::{Only, Shape};

#[test]
fn all_lists_every_variant_in_declaration_order() {
    assert_eq!(
        Season::ALL,
        [
            Season::Spring,
            Season::Summer,
            Season::Autumn,
            Season::Winter
        ],
        "Season::ALL"
    );
    assert_eq!(
        Level::ALL,
        [Level::Low, Level::Medium, Level::High],
        "Level::ALL"
    );
    assert_eq!(Only::ALL, [Only::One], "an enum with one variant");
}

#[test]
fn name_is_the_variant_as_written() {
    let names: Vec<&str> = Season::ALL.iter().map(Season::name).collect();
    assert_eq!(
        names,
        ["Spring", "Summer", "Autumn", "Winter"],
        "the names of Season::ALL"
    );
    assert_eq!(Shape::Square.name(), "Square", "Shape::Square.name()");
}

#[test]
fn from_name_finds_the_variant() {
    for season in Season::ALL {
        assert_eq!(
            Season::from_name(season.name()),
            Some(*season),
            "Season::from_name({:?})",
            season.name()
        );
    }
    assert_eq!(
        Shape::from_name("Circle"),
        Some(Shape::Circle),
        "Shape::from_name(\"Circle\")"
    );
}

#[test]
fn from_name_rejects_other_text() {
    for text in ["", "spring", "SPRING", "Spring ", "Fall", "Circle"] {
        assert_eq!(
            Season::from_name(text),
            None,
            "Season::from_name({text:?}) should be None: names match exactly"
        );
    }
}

#[test]
fn discriminants_are_kept() {
    assert_eq!(
        [Level::Low as u8, Level::Medium as u8, Level::High as u8],
        [1, 5, 10],
        "Level's explicit discriminants"
    );
    assert_eq!(
        Level::from_name("High").map(|level| level as u8),
        Some(10),
        "Level::from_name(\"High\") as u8"
    );
}

#[test]
fn attributes_on_the_enum_are_kept() {
    // `#[derive(Debug, Clone, Copy)]` must still be on the enum.
    let copy = Season::Autumn;
    let again = copy;
    assert_eq!(
        format!("{copy:?} {again:?}"),
        "Autumn Autumn",
        "Season derives Debug and Copy"
    );
    assert_eq!(
        std::mem::size_of::<Level>(),
        1,
        "#[repr(u8)] should still make Level one byte"
    );
}
