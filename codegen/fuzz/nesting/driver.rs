//! Reads cases `LIMIT \u{1} TEXT` separated by NUL on stdin and prints, per case, whether
//! the nesting pre-scan refuses TEXT at LIMIT. Built by `compare.py` with plain rustc.

#[path = "../../src/load/nesting.rs"]
#[allow(dead_code, unreachable_pub)]
mod nesting;

fn main() {
    let mut input = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut input).expect("stdin");
    for case in input.split('\0') {
        let (limit, text) = case.split_once('\u{1}').expect("LIMIT \\u{1} TEXT");
        let limit: usize = limit.parse().expect("a limit");
        println!("{}", nesting::too_deep(text, limit).is_some());
    }
}
