use super::*;

#[test]
fn escapes_the_five_special_characters() {
    let html = Html::text(r#"<a href="x">Tom & Jerry's</a>"#);
    assert_eq!(
        html.as_str(),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;",
        "Html::text should escape & < > \" '"
    );
}

#[test]
fn leaves_other_text_unchanged() {
    let text = "Grüße, 世界! 1+1=2; #tag @user /path?q=1";
    assert_eq!(
        Html::text(text).as_str(),
        text,
        "only & < > \" ' are escaped"
    );
    assert_eq!(Html::text("").as_str(), "", "empty text is empty markup");
}

#[test]
fn escapes_ampersands_once() {
    // An escaper that replaces `<` first and `&` afterwards turns `<` into `&amp;lt;`.
    assert_eq!(Html::text("<").as_str(), "&lt;", "escaping `<`");
    assert_eq!(
        Html::text("&lt;").as_str(),
        "&amp;lt;",
        "text that looks escaped is still text"
    );
}

#[test]
fn builds_a_page_from_trusted_markup_and_escaped_text() {
    let name = "<script>alert(1)</script>";
    let mut page = Html::trusted("<p>Hello, ");
    page.push_text(name);
    page.push(&Html::trusted("!</p>"));
    assert_eq!(
        page.as_str(),
        "<p>Hello, &lt;script&gt;alert(1)&lt;/script&gt;!</p>",
        "trusted markup is kept, text is escaped"
    );
}

#[test]
fn push_text_appends_instead_of_replacing() {
    let mut html = Html::trusted("<b>");
    html.push_text("a<b");
    html.push_text("&");
    assert_eq!(
        html.as_str(),
        "<b>a&lt;b&amp;",
        "push_text appends escaped text"
    );
}
