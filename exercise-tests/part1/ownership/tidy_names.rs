use super::*;

fn tidied(input: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = input.iter().map(|s| s.to_string()).collect();
    tidy_names(&mut names);
    names
}

#[test]
fn trims_and_capitalises_in_place() {
    assert_eq!(
        tidied(&["  alice ", "bob", "\tcarol\n"]),
        ["Alice", "Bob", "Carol"],
        "tidy_names must change the caller's names, not copies of them"
    );
}

#[test]
fn keeps_the_rest_of_each_name() {
    assert_eq!(
        tidied(&["mcDonald", "BOB"]),
        ["McDonald", "BOB"],
        "tidy_names([\"mcDonald\", \"BOB\"]) should give [\"McDonald\", \"BOB\"]: only the first letter changes"
    );
}

#[test]
fn handles_non_ascii_first_letters() {
    assert_eq!(
        tidied(&["élodie", " ßtraße"]),
        ["Élodie", "SStraße"],
        "tidy_names([\"élodie\", \" ßtraße\"]) should give [\"Élodie\", \"SStraße\"]"
    );
}

#[test]
fn blank_names_become_empty() {
    assert_eq!(
        tidied(&["", "   "]),
        ["", ""],
        "tidy_names([\"\", \"   \"]) should give [\"\", \"\"]"
    );
}

#[test]
fn empty_list_is_fine() {
    assert_eq!(
        tidied(&[]),
        Vec::<String>::new(),
        "tidy_names of an empty list should leave it empty"
    );
}
