//! For tests that check what the compiler made of a function: bounds checks
//! left in it, calls through a vtable, packed SIMD instructions.
//!
//! [`Probe`] compiles one exercise file with `rustc -C opt-level=3` (the
//! optimization level of a release build) to assembly, together with a few
//! lines of "probe" code that call into it, and [`Assembly::function`] finds
//! one function of the result. The file is compiled as a module of a
//! throw-away crate in a temporary folder, so it must use nothing but `std`.
//!
//! ```no_run
//! let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dot.rs");
//! let asm = course_asm::Probe::new(file)
//!     .item("#[unsafe(no_mangle)] pub fn probe(a: &[u32], b: &[u32]) -> u32 { exercise::dot(a, b) }")
//!     .compile()
//!     .unwrap();
//! let probe = asm.function("probe").unwrap();
//! assert!(!probe.mentions("panic_bounds_check"), "{}", probe.listing());
//! assert!(!probe.packed_arithmetic().is_empty(), "{}", probe.listing());
//! ```
//!
//! The answers depend on the compiler version: they are checked against the
//! course's pinned toolchain (`rust-toolchain.toml`), which `rustc` picks up
//! when it runs in the exercise's folder. The target is the default one for
//! the machine (SSE2 on x86-64, NEON on aarch64): nothing from `RUSTFLAGS`
//! such as `-C target-cpu=native` is passed on, so the result does not
//! depend on how the learner's shell is set up.

use std::fmt;
use std::path::PathBuf;
use std::process::Command;

/// An exercise file plus probe code, ready to be compiled to assembly.
#[derive(Debug, Clone)]
pub struct Probe {
    source: PathBuf,
    items: Vec<String>,
}

impl Probe {
    /// A probe for the Rust file `source`. The file becomes the module
    /// `exercise` of the probe crate, so probe items call it as
    /// `exercise::name(...)`.
    pub fn new(source: impl Into<PathBuf>) -> Probe {
        Probe {
            source: source.into(),
            items: Vec::new(),
        }
    }

    /// Adds an item (usually a `#[unsafe(no_mangle)] pub fn`) to the probe
    /// crate. A `no_mangle` function is always compiled, under its own name,
    /// and the optimizer inlines the exercise's functions into it as it would
    /// into any caller.
    pub fn item(mut self, code: &str) -> Probe {
        self.items.push(code.to_string());
        self
    }

    /// Compiles the probe crate with `rustc` (the one `RUSTC` names, or the
    /// one on `PATH`) and returns the assembly. The error explains what went
    /// wrong, with rustc's own messages when the file did not compile.
    pub fn compile(&self) -> Result<Assembly, String> {
        let dir = tempfile::tempdir()
            .map_err(|e| format!("cannot create a temporary folder for the probe: {e}"))?;
        let root = dir.path().join("probe.rs");
        let output = dir.path().join("probe.s");
        let source = self.source.canonicalize().map_err(|e| {
            format!(
                "cannot find the exercise file {}: {e}",
                self.source.display()
            )
        })?;
        let mut crate_root =
            String::from("#![allow(dead_code, unused_imports, unused_variables, unused_mut)]\n");
        crate_root.push_str(&format!(
            "#[path = {:?}]\nmod exercise;\n",
            source.display().to_string()
        ));
        for item in &self.items {
            crate_root.push_str(item);
            crate_root.push('\n');
        }
        std::fs::write(&root, crate_root)
            .map_err(|e| format!("cannot write the probe crate {}: {e}", root.display()))?;

        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        let mut command = Command::new(&rustc);
        // In the exercise's folder, rustup finds the course's
        // rust-toolchain.toml and runs the pinned compiler.
        if let Some(folder) = source.parent() {
            command.current_dir(folder);
        }
        command.args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--crate-name",
            "course_probe",
            "-C",
            "opt-level=3",
            // One codegen unit: one assembly file, and the same inlining
            // decisions on every run.
            "-C",
            "codegen-units=1",
            "-C",
            "debuginfo=0",
            "--emit",
            "asm",
            "-o",
        ]);
        command.arg(&output);
        if cfg!(target_arch = "x86_64") {
            command.args(["-C", "llvm-args=-x86-asm-syntax=intel"]);
        }
        command.arg(&root);
        let result = command.output().map_err(|e| {
            format!(
                "cannot run `{}` to compile {} to assembly: {e} (these tests need the Rust toolchain on PATH)",
                rustc.to_string_lossy(),
                self.source.display()
            )
        })?;
        if !result.status.success() {
            return Err(format!(
                "rustc could not compile {} to assembly:\n{}",
                self.source.display(),
                String::from_utf8_lossy(&result.stderr)
            ));
        }
        let text = std::fs::read_to_string(&output)
            .map_err(|e| format!("cannot read the assembly {}: {e}", output.display()))?;
        Ok(Assembly { text })
    }
}

/// The assembly of a whole probe crate.
#[derive(Debug, Clone)]
pub struct Assembly {
    text: String,
}

impl Assembly {
    /// Wraps assembly text (for example a file from `--emit asm`).
    pub fn from_text(text: impl Into<String>) -> Assembly {
        Assembly { text: text.into() }
    }

    /// The whole text, as rustc wrote it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The first function whose symbol is `name` (a `no_mangle` function,
    /// with or without the leading `_` of macOS), or else the first whose
    /// mangled symbol contains the path segment `name` (`total_cost` matches
    /// `_ZN..10total_cost17h..E` and the instances of a generic
    /// `total_cost`).
    pub fn function(&self, name: &str) -> Option<Function> {
        self.functions_matching(name).into_iter().next()
    }

    /// The function named as in [`Assembly::function`], followed by every
    /// function of this assembly it calls or jumps to, directly or through
    /// other such functions: the code that runs when it is called, whether
    /// the optimizer inlined the exercise's functions into it or not. The
    /// result's `symbol` is the first function's; the instructions of the
    /// others follow, each group after a `; <symbol>` line.
    pub fn code_of(&self, name: &str) -> Option<Function> {
        let all = self.functions();
        let first = self.function(name)?;
        let mut seen = vec![first.symbol.clone()];
        let mut queue = vec![first.clone()];
        let mut code = Function {
            symbol: first.symbol.clone(),
            instructions: Vec::new(),
        };
        while let Some(function) = queue.pop() {
            if function.symbol != first.symbol {
                code.instructions.push(format!("; {}", function.symbol));
            }
            for target in function.direct_targets() {
                if let Some(callee) = all.iter().find(|f| f.symbol == target) {
                    if !seen.contains(&callee.symbol) {
                        seen.push(callee.symbol.clone());
                        queue.push(callee.clone());
                    }
                }
            }
            code.instructions.extend(function.instructions);
        }
        Some(code)
    }

    /// Every function matched as in [`Assembly::function`]: a generic
    /// function has one per instance.
    pub fn functions_matching(&self, name: &str) -> Vec<Function> {
        let segment = format!("{}{}", name.len(), name);
        let exact: Vec<Function> = self
            .functions()
            .into_iter()
            .filter(|f| f.symbol == name || f.symbol.strip_prefix('_') == Some(name))
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        self.functions()
            .into_iter()
            .filter(|f| mangled_contains(&f.symbol, &segment))
            .collect()
    }

    /// Every function in the text, in order.
    pub fn functions(&self) -> Vec<Function> {
        let mut functions = Vec::new();
        let mut current: Option<Function> = None;
        for line in self.text.lines() {
            if let Some(label) = global_label(line) {
                if let Some(done) = current.take() {
                    functions.push(done);
                }
                current = Some(Function {
                    symbol: label.to_string(),
                    instructions: Vec::new(),
                });
                continue;
            }
            let trimmed = line.trim();
            if trimmed.starts_with(".Lfunc_end")
                || trimmed == ".cfi_endproc"
                || trimmed == ".seh_endproc"
            {
                if let Some(done) = current.take() {
                    functions.push(done);
                }
                continue;
            }
            if let (Some(function), Some(instruction)) = (current.as_mut(), instruction(line)) {
                function.instructions.push(instruction);
            }
        }
        if let Some(done) = current {
            functions.push(done);
        }
        functions.retain(|f| !f.instructions.is_empty());
        functions
    }
}

/// One function's instructions (labels, directives and comments left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    /// The symbol, as it appears in the assembly (mangled unless the
    /// function is `no_mangle`).
    pub symbol: String,
    /// The instructions in order, each as `mnemonic operands`.
    pub instructions: Vec<String>,
}

impl Function {
    /// Whether any instruction mentions `text`, for example
    /// `panic_bounds_check` (a call to the bounds-check panic).
    pub fn mentions(&self, text: &str) -> bool {
        self.instructions.iter().any(|i| i.contains(text))
    }

    /// The operands of the calls and tail-call jumps whose target is a
    /// register or memory: calls through a function pointer or a vtable.
    /// Calls through the global offset table (`[rip + sym@GOTPCREL]`) name
    /// their target and are not counted.
    pub fn indirect_calls(&self) -> Vec<&str> {
        self.instructions
            .iter()
            .filter_map(|i| {
                let (mnemonic, operands) = split(i);
                let call = matches!(mnemonic, "call" | "callq" | "blr" | "br")
                    || (matches!(mnemonic, "jmp" | "jmpq") && !operands.starts_with(".L"));
                (call && names_no_symbol(operands)).then_some(i.as_str())
            })
            .collect()
    }

    /// The symbols this function calls or jumps to by name (`call sym`,
    /// `jmp sym`, `bl sym`, `call qword ptr [rip + sym@GOTPCREL]`).
    fn direct_targets(&self) -> Vec<String> {
        self.instructions
            .iter()
            .filter_map(|i| {
                let (mnemonic, operands) = split(i);
                let branch = matches!(mnemonic, "call" | "callq" | "jmp" | "jmpq" | "bl" | "b");
                if !branch || names_no_symbol(operands) {
                    return None;
                }
                let target = operands
                    .trim_start_matches("qword ptr [rip + ")
                    .trim_end_matches(']');
                let target = target.split('@').next().unwrap_or(target).trim();
                (!target.starts_with(".L")).then(|| target.to_string())
            })
            .collect()
    }

    /// The instructions that do arithmetic on several lanes at once: packed
    /// adds, multiplies, compares, minimums and maximums (and `pmovmskb`,
    /// which gathers one bit from every lane), on SSE/AVX
    /// registers (x86-64) or NEON vectors (aarch64). Moves, shuffles and
    /// scalar operations such as `addss` are left out.
    pub fn packed_arithmetic(&self) -> Vec<&str> {
        self.instructions
            .iter()
            .filter(|i| is_packed_arithmetic(i))
            .map(String::as_str)
            .collect()
    }

    /// The instructions, one per line, for a test's failure message (at
    /// most 80 lines).
    pub fn listing(&self) -> String {
        let mut out = format!("{}:\n", self.symbol);
        for line in self.instructions.iter().take(80) {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        if self.instructions.len() > 80 {
            out.push_str(&format!(
                "    ... and {} more instructions\n",
                self.instructions.len() - 80
            ));
        }
        out
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.listing())
    }
}

/// A label that starts a function: at the start of the line, not local
/// (`.L...`, `L...` on macOS, `$...`).
fn global_label(line: &str) -> Option<&str> {
    if line.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let label = line.trim_end().strip_suffix(':')?;
    let local = label.starts_with('.')
        || label.starts_with('$')
        || (label.starts_with("Ltmp") || label.starts_with("LBB") || label.starts_with("Lfunc"));
    (!local && !label.is_empty()).then_some(label)
}

/// The instruction on `line`, without comments, or `None` for a label, a
/// directive or an empty line.
fn instruction(line: &str) -> Option<String> {
    if !line.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let code = line.split(['#', ';']).next().unwrap_or("");
    let code = code.split("//").next().unwrap_or("").trim();
    if code.is_empty() || code.starts_with('.') || code.ends_with(':') {
        return None;
    }
    let mut parts = code.splitn(2, char::is_whitespace);
    let mnemonic = parts.next().unwrap_or("");
    let operands = parts.next().unwrap_or("").trim();
    Some(if operands.is_empty() {
        mnemonic.to_string()
    } else {
        format!("{mnemonic} {operands}")
    })
}

fn split(instruction: &str) -> (&str, &str) {
    match instruction.split_once(' ') {
        Some((mnemonic, operands)) => (mnemonic, operands.trim()),
        None => (instruction, ""),
    }
}

/// Whether the operands name only registers, numbers and size keywords.
fn names_no_symbol(operands: &str) -> bool {
    !operands.is_empty()
        && operands
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '@'))
            .filter(|t| !t.is_empty())
            .all(|t| is_register(t) || t.chars().all(|c| c.is_ascii_digit()) || is_keyword(t))
}

fn is_keyword(token: &str) -> bool {
    matches!(
        token,
        "qword" | "dword" | "word" | "byte" | "ptr" | "xmmword" | "ymmword" | "zmmword"
    ) || token.starts_with("0x")
}

fn is_register(token: &str) -> bool {
    const X86: [&str; 18] = [
        "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "rip", "eax", "ebx", "ecx", "edx",
        "esi", "edi", "ebp", "esp", "eip",
    ];
    if X86.contains(&token) {
        return true;
    }
    // r8..r15 with optional d/w/b, aarch64's x0..x30 and w0..w30.
    let numbered = |prefix: char, rest: &str| {
        token.starts_with(prefix) && {
            let digits = rest.trim_end_matches(['d', 'w', 'b']);
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
        }
    };
    numbered('r', &token[1..]) || numbered('x', &token[1..]) || numbered('w', &token[1..])
}

fn is_packed_arithmetic(instruction: &str) -> bool {
    let (mnemonic, operands) = split(instruction);
    let mnemonic = mnemonic.to_ascii_lowercase();
    if operands.contains("xmm") || operands.contains("ymm") || operands.contains("zmm") {
        let base = mnemonic.strip_prefix('v').unwrap_or(&mnemonic);
        // Bitwise `por` and `pand` count (a reduction with OR is how LLVM
        // combines 16 bytes at once); `pxor` does not, because `pxor x, x`
        // is also how any code zeroes a register.
        const INTEGER: [&str; 13] = [
            "padd", "psub", "pmul", "pmadd", "pcmp", "pmax", "pmin", "psad", "pavg", "pabs",
            "pmovmsk", "por", "pand",
        ];
        const FLOAT: [&str; 8] = ["add", "sub", "mul", "div", "max", "min", "cmp", "sqrt"];
        let packed_float = (base.ends_with("ps") || base.ends_with("pd"))
            && (FLOAT.iter().any(|op| base.starts_with(op))
                || base.starts_with("fmadd")
                || base.starts_with("fnmadd")
                || base.starts_with("fmsub"))
            && !base.starts_with("addsub");
        let float_mask = base == "movmskps" || base == "movmskpd";
        return INTEGER.iter().any(|op| base.starts_with(op)) || packed_float || float_mask;
    }
    // aarch64 NEON: a vector register with a lane arrangement, v0.4s.
    let neon = operands.split([',', ' ']).any(|operand| {
        let operand = operand.trim().trim_start_matches('{');
        operand.starts_with('v')
            && operand.contains('.')
            && operand[1..]
                .split('.')
                .next()
                .is_some_and(|n| n.parse::<u8>().is_ok())
            && [".2d", ".4s", ".2s", ".8h", ".4h", ".16b", ".8b"]
                .iter()
                .any(|lanes| operand.ends_with(lanes))
    });
    const NEON: [&str; 15] = [
        "add", "sub", "mul", "mla", "fadd", "fsub", "fmul", "fmla", "fdiv", "cm", "umax", "umin",
        "smax", "smin", "orr",
    ];
    neon && NEON.iter().any(|op| mnemonic.starts_with(op))
}

/// Whether a mangled symbol holds the length-prefixed identifier `segment`
/// (`10total_cost`) as a whole path segment, in the legacy scheme (`_ZN...E`)
/// or in v0 (`_R...`).
fn mangled_contains(symbol: &str, segment: &str) -> bool {
    symbol.match_indices(segment).any(|(at, _)| {
        let before = symbol[..at].chars().next_back();
        let after = symbol[at + segment.len()..].chars().next();
        // The length must not be the tail of a longer number, and the name
        // must not continue (`10total_cost` inside `12total_costs`).
        before.is_none_or(|c| !c.is_ascii_digit())
            && after.is_none_or(|c| !(c.is_ascii_alphanumeric() && c.is_ascii_lowercase()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTING: &str = "\
\t.text
\t.globl\tprobe
probe:
\t.cfi_startproc
\tpush\trbx
\ttest\trsi, rsi
\tje\t.LBB0_2
.LBB0_1:
\tmovdqu\txmm0, xmmword ptr [rdx + 4*r10]
\tpaddd\txmm2, xmm0
\taddss\txmm1, xmm3
\tpxor\txmm0, xmm0
\tcall\tqword ptr [rip + _ZN4core9panicking18panic_bounds_check17h0123456789abcdefE@GOTPCREL]
.LBB0_2:
\tcall\tqword ptr [rax + 24]
\tjmp\trcx
\tpop\trbx
\tret
.Lfunc_end0:
\t.cfi_endproc
_ZN12course_probe8exercise10total_cost17h0123456789abcdefE:
\t.cfi_startproc
\tvaddps\tymm0, ymm0, ymmword ptr [rdi]
\tret
.Lfunc_end1:
\t.cfi_endproc
";

    #[test]
    fn finds_functions_by_exact_name_and_by_path_segment() {
        let asm = Assembly::from_text(LISTING);
        let probe = asm.function("probe").expect("probe is in the listing");
        assert_eq!(probe.instructions.len(), 12);
        let cost = asm
            .function("total_cost")
            .expect("total_cost is in the listing");
        assert_eq!(
            cost.instructions,
            ["vaddps ymm0, ymm0, ymmword ptr [rdi]", "ret"]
        );
        assert!(
            asm.function("cost").is_none(),
            "a partial name must not match"
        );
    }

    #[test]
    fn code_of_follows_calls_into_the_crate() {
        let text = "\
caller:
\tmov\teax, 1
\tjmp\t_ZN12course_probe8exercise6helper17h0123456789abcdefE
.Lfunc_end0:
_ZN12course_probe8exercise6helper17h0123456789abcdefE:
\tpaddd\txmm0, xmm1
\tcall\tqword ptr [rip + _ZN4core9panicking5panic17h0123456789abcdefE@GOTPCREL]
\tret
.Lfunc_end1:
unrelated:
\tret
";
        let code = Assembly::from_text(text).code_of("caller").unwrap();
        assert_eq!(code.symbol, "caller");
        assert_eq!(
            code.instructions,
            [
                "mov eax, 1",
                "jmp _ZN12course_probe8exercise6helper17h0123456789abcdefE",
                "; _ZN12course_probe8exercise6helper17h0123456789abcdefE",
                "paddd xmm0, xmm1",
                "call qword ptr [rip + _ZN4core9panicking5panic17h0123456789abcdefE@GOTPCREL]",
                "ret",
            ]
        );
    }

    #[test]
    fn tells_indirect_calls_from_calls_through_the_got() {
        let asm = Assembly::from_text(LISTING);
        let probe = asm.function("probe").unwrap();
        assert_eq!(
            probe.indirect_calls(),
            ["call qword ptr [rax + 24]", "jmp rcx"]
        );
        assert!(probe.mentions("panic_bounds_check"));
    }

    #[test]
    fn packed_arithmetic_leaves_out_scalar_ops_moves_and_zeroing() {
        let asm = Assembly::from_text(LISTING);
        assert_eq!(
            asm.function("probe").unwrap().packed_arithmetic(),
            ["paddd xmm2, xmm0"]
        );
        assert_eq!(
            asm.function("total_cost").unwrap().packed_arithmetic(),
            ["vaddps ymm0, ymm0, ymmword ptr [rdi]"]
        );
    }

    #[test]
    fn packed_bitwise_or_and_count_but_xor_does_not() {
        assert!(is_packed_arithmetic("por xmm1, xmm0"));
        assert!(is_packed_arithmetic("vpand ymm0, ymm1, ymm2"));
        assert!(!is_packed_arithmetic("pxor xmm0, xmm0"));
        assert!(!is_packed_arithmetic("or eax, ecx"));
    }

    #[test]
    fn neon_vectors_count_as_packed() {
        assert!(is_packed_arithmetic("add v0.4s, v0.4s, v1.4s"));
        assert!(is_packed_arithmetic("fadd v2.4s, v2.4s, v3.4s"));
        assert!(!is_packed_arithmetic("add x0, x0, x1"));
        assert!(!is_packed_arithmetic("ld1 { v0.4s }, [x0]"));
        assert!(!is_packed_arithmetic("fadd s0, s0, s1"));
    }

    #[test]
    fn aarch64_calls_through_registers_are_indirect() {
        let f = Function {
            symbol: "f".into(),
            instructions: vec!["blr x8".into(), "bl _foo".into(), "br x16".into()],
        };
        assert_eq!(f.indirect_calls(), ["blr x8", "br x16"]);
    }

    #[test]
    fn compiles_a_real_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("dot.rs");
        std::fs::write(
            &file,
            "pub fn dot(a: &[u32], b: &[u32]) -> u32 {\n    a.iter().zip(b).map(|(x, y)| x.wrapping_mul(*y)).fold(0, u32::wrapping_add)\n}\n",
        )
        .unwrap();
        let asm = Probe::new(&file)
            .item("#[unsafe(no_mangle)] pub fn probe(a: &[u32], b: &[u32]) -> u32 { exercise::dot(a, b) }")
            .compile()
            .unwrap();
        let probe = asm
            .function("probe")
            .expect("the probe function is compiled");
        assert!(!probe.mentions("panic_bounds_check"), "{probe}");
        assert!(!probe.packed_arithmetic().is_empty(), "{probe}");
        assert!(probe.indirect_calls().is_empty(), "{probe}");
    }

    #[test]
    fn reports_rustc_errors() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("broken.rs");
        std::fs::write(&file, "pub fn broken() -> u32 { \"no\" }\n").unwrap();
        let error = Probe::new(&file).compile().unwrap_err();
        assert!(error.contains("E0308"), "{error}");
    }
}
